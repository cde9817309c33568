/**
 * Keeps pending orders created here fresh until they resolve: a chrome.alarms
 * alarm at the configured interval (it survives the worker stopping), and a 5 s
 * loop while the popup shows a pending order (an open popup keeps the worker alive).
 */
import type { OrdersService } from './orders';

export const POLL_ALARM = 'poll';
export const WATCH_INTERVAL_MS = 5_000;
/** A watch lapses after this long without the popup renewing it. */
export const WATCH_MAX_MS = 15 * 60_000;

export interface AlarmsLike {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
}

export interface PollerDeps {
  orders: Pick<OrdersService, 'pendingCreated' | 'pollPending' | 'get'>;
  alarms: AlarmsLike;
  /** Seconds between background refreshes, or null when not configured. */
  intervalSeconds: () => Promise<number | null>;
  now?: () => number;
}

export class Poller {
  readonly #deps: PollerDeps;
  readonly #now: () => number;
  #watched: string | null = null;
  #watchUntil = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(deps: PollerDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  /** Starts, adjusts or stops the alarm: it runs only while something created here is pending. */
  async schedule(): Promise<void> {
    const [pending, interval] = await Promise.all([this.#deps.orders.pendingCreated(), this.#deps.intervalSeconds()]);
    if (pending.length === 0 || interval === null) {
      await this.#deps.alarms.clear(POLL_ALARM);
      return;
    }
    const period = interval / 60;
    const current = await this.#deps.alarms.get(POLL_ALARM);
    if (current?.periodInMinutes === period) return;
    await this.#deps.alarms.create(POLL_ALARM, { periodInMinutes: period, delayInMinutes: period });
  }

  /** The alarm fired: refresh every pending order created here, then reschedule. */
  async onAlarm(name: string): Promise<void> {
    if (name !== POLL_ALARM) return;
    try {
      await this.#deps.orders.pollPending();
    } finally {
      await this.schedule();
    }
  }

  /** The popup shows `uuid` (null: nothing). A pending one is refreshed every 5 s. */
  watch(uuid: string | null): void {
    this.#watched = uuid;
    this.#watchUntil = this.#now() + WATCH_MAX_MS;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (uuid) this.#next();
  }

  get watched(): string | null {
    return this.#watched;
  }

  #next(): void {
    this.#timer = setTimeout(() => void this.#tick(), WATCH_INTERVAL_MS);
  }

  async #tick(): Promise<void> {
    this.#timer = undefined;
    const uuid = this.#watched;
    if (!uuid) return;
    if (this.#now() > this.#watchUntil) {
      this.#watched = null;
      return;
    }
    let pending = true;
    try {
      const cached = await this.#deps.orders.get(uuid, true);
      pending = cached.order.state.status === 'pending';
    } catch {
      // Offline or refused: health has recorded it; keep trying while watched.
    }
    if (this.#watched !== uuid) return; // The popup moved on meanwhile.
    if (pending) this.#next();
    else await this.schedule().catch(() => undefined);
  }
}

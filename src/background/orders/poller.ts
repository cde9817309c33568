/**
 * Keeps pending orders created here fresh until they resolve: a chrome.alarms alarm at the
 * configured interval (it survives the worker stopping, and wakes it), and the fast watch
 * (fast-watch.ts): every second on the order an open page shows, every 3 s on young pending
 * orders made here, at most one request per second. The alarm skips a round whose orders
 * the fast watch has just read, so together they still cost one request per second at most.
 */
import type { OrderRow } from '../../messaging/protocol';
import { FastWatch } from './fast-watch';
import type { OrdersService } from './orders-service';

export const POLL_ALARM = 'poll';
/**
 * A one-shot alarm kept pending while the fast watch reads: its event resets Firefox's idle
 * timer of the event page (Firefox counts events, not API calls) and wakes a stopped worker in
 * either browser, which then resumes the watch. 20 s (Chrome rounds it up to 30 s).
 */
export const WATCH_BEAT_ALARM = 'watch-beat';
export const WATCH_BEAT_MINUTES = 1 / 3;
/** A beat not seen firing within this long is created again. */
const BEAT_LOST_MS = 60_000;
/** An alarm round is skipped when every pending order made here was read this recently. */
export const ALARM_SKIP_FRESH_MS = 10_000;

export interface AlarmsLike {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  create(name: string, info: { periodInMinutes?: number; delayInMinutes: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
}

export interface PollerDeps {
  orders: Pick<OrdersService, 'pendingCreated' | 'pollPending' | 'get'>;
  alarms: AlarmsLike;
  /** Seconds between background refreshes, or null when not configured. */
  intervalSeconds: () => Promise<number | null>;
  /** A cheap extension API call per watch read: keeps the worker alive while it watches. */
  keepAlive?: () => Promise<unknown>;
  /** The WebPOS server's clock minus ours, ms. */
  serverOffsetMs?: () => number;
  /** A watch read has gone unanswered this long (see FastWatch's STALL_MS). */
  onStalled?: (stalledMs: number) => void;
  now?: () => number;
}

export class Poller {
  readonly #deps: PollerDeps;
  readonly #fast: FastWatch;
  readonly #now: () => number;
  /** Epoch ms until which the pending beat alarm is trusted to fire (0: none pending). */
  #beatUntil = 0;

  constructor(deps: PollerDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
    this.#fast = new FastWatch({
      read: (uuid) => deps.orders.get(uuid, true),
      pendingCreated: () => deps.orders.pendingCreated(),
      keepAlive: () => this.#keepAlive(),
      serverOffsetMs: deps.serverOffsetMs ?? (() => 0),
      onSettled: () => void this.schedule().catch(() => undefined),
      ...(deps.onStalled ? { onStalled: deps.onStalled } : {}),
      ...(deps.now ? { now: deps.now } : {}),
    });
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

  /**
   * The alarm fired (perhaps waking a stopped worker): refresh every pending order created
   * here unless the fast watch just did, restart the fast watch, then reschedule.
   */
  async onAlarm(name: string): Promise<void> {
    if (name === WATCH_BEAT_ALARM) {
      this.#beatUntil = 0;
      return this.#fast.refresh();
    }
    if (name !== POLL_ALARM) return;
    try {
      const pending = await this.#deps.orders.pendingCreated();
      if (!this.#fast.allFresh(pending.map((row) => row.uuid), ALARM_SKIP_FRESH_MS)) await this.#deps.orders.pollPending();
    } finally {
      await this.#fast.refresh().catch(() => undefined);
      await this.schedule();
    }
  }

  /** Every watch read: an extension API call (Chrome's idle timer), and a beat alarm pending. */
  async #keepAlive(): Promise<void> {
    const now = this.#now();
    let beat: void | Promise<void> = undefined;
    if (now >= this.#beatUntil) {
      this.#beatUntil = now + BEAT_LOST_MS;
      beat = this.#deps.alarms.create(WATCH_BEAT_ALARM, { delayInMinutes: WATCH_BEAT_MINUTES });
    }
    await Promise.all([beat, this.#deps.keepAlive?.()]);
  }

  /** Orders made here changed (created, or a status moved): the fast watch looks again. */
  async refreshWatch(): Promise<void> {
    await this.#fast.refresh();
  }

  /** A fresh copy of an order reached the worker: the watch counts it as a read. */
  observed(row: OrderRow, fetchedAt: number): void {
    this.#fast.observed(row, fetchedAt);
  }

  /** Open pages show `uuid` (null: nothing): watched every second while it is pending. */
  watch(uuid: string | null): void {
    this.#fast.watch(uuid);
  }

  get watched(): string | null {
    return this.#fast.watched;
  }

  /** WebPOS answers again: the watch reads what a page shows at once instead of waiting out its backoff. */
  contactBack(): void {
    this.#fast.contactBack();
  }
}

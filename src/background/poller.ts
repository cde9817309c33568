/**
 * Keeps pending orders created here fresh until they resolve: a chrome.alarms alarm at the
 * configured interval (it survives the worker stopping, and wakes it), and the fast watch
 * (fast-watch.ts): every second on the order an open page shows, every 3 s on young pending
 * orders made here, at most one request per second. The alarm skips a round whose orders
 * the fast watch has just read, so together they still cost one request per second at most.
 */
import type { OrderRow } from '../messaging/protocol';
import { FastWatch } from './fast-watch';
import type { OrdersService } from './orders';

export const POLL_ALARM = 'poll';
/** An alarm round is skipped when every pending order made here was read this recently. */
export const ALARM_SKIP_FRESH_MS = 10_000;

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
  /** A cheap extension API call per watch read: keeps the worker alive while it watches. */
  keepAlive?: () => Promise<unknown>;
  /** The WebPOS server's clock minus ours, ms. */
  serverOffsetMs?: () => number;
  now?: () => number;
}

export class Poller {
  readonly #deps: PollerDeps;
  readonly #fast: FastWatch;

  constructor(deps: PollerDeps) {
    this.#deps = deps;
    this.#fast = new FastWatch({
      read: (uuid) => deps.orders.get(uuid, true),
      pendingCreated: () => deps.orders.pendingCreated(),
      keepAlive: deps.keepAlive ?? (() => Promise.resolve()),
      serverOffsetMs: deps.serverOffsetMs ?? (() => 0),
      onSettled: () => void this.schedule().catch(() => undefined),
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
    if (name !== POLL_ALARM) return;
    try {
      const pending = await this.#deps.orders.pendingCreated();
      if (!this.#fast.allFresh(pending.map((row) => row.uuid), ALARM_SKIP_FRESH_MS)) await this.#deps.orders.pollPending();
    } finally {
      await this.#fast.refresh().catch(() => undefined);
      await this.schedule();
    }
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
}

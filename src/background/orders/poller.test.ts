import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BlockchainStatus } from '../../sdk';
import type { CachedOrder, OrderRow } from '../../messaging/protocol';
import { toRow } from './order-cache';
import { VIEWED_INTERVAL_MS, YOUNG_INTERVAL_MS } from './fast-watch';
import { POLL_ALARM, Poller, WATCH_BEAT_ALARM, WATCH_BEAT_MINUTES, type AlarmsLike } from './poller';
import { order } from '../platform/test-fakes.test-util';

const T0 = Date.parse('2026-11-26T12:00:00Z');

class FakeAlarms implements AlarmsLike {
  current: { periodInMinutes: number } | undefined;
  created: { periodInMinutes: number; delayInMinutes: number }[] = [];
  cleared = 0;
  async get(name: string) {
    expect(name).toBe(POLL_ALARM);
    return this.current;
  }
  /** Delays of the watch's one-shot beat alarms, in creation order. */
  beats: number[] = [];
  create(name: string, info: { periodInMinutes?: number; delayInMinutes: number }) {
    if (name === WATCH_BEAT_ALARM) {
      expect(info.periodInMinutes).toBeUndefined();
      this.beats.push(info.delayInMinutes);
      return;
    }
    expect(name).toBe(POLL_ALARM);
    const periodInMinutes = info.periodInMinutes ?? 0;
    this.created.push({ periodInMinutes, delayInMinutes: info.delayInMinutes });
    this.current = { periodInMinutes };
  }
  async clear(name: string) {
    expect(name).toBe(POLL_ALARM);
    this.cleared++;
    const had = this.current !== undefined;
    this.current = undefined;
    return had;
  }
}

/** The orders a poller sees: `states` says what each uuid's next fetch returns. */
function fakeOrders(options: { pending?: OrderRow[] } = {}) {
  const gets: string[] = [];
  const states = new Map<string, BlockchainStatus>();
  let pending = options.pending ?? [];
  let pollPending = vi.fn(async () => pending.length);
  return {
    gets,
    states,
    setPending: (rows: OrderRow[]) => (pending = rows),
    /** The next polls fail, and meanwhile the pending orders resolve (as seen by the next schedule). */
    failPolls: () => (pollPending = vi.fn(async () => ((pending = []), Promise.reject(new Error('offline'))))),
    get pollCalls() {
      return pollPending.mock.calls.length;
    },
    deps: {
      pendingCreated: async () => pending,
      pollPending: () => pollPending(),
      get: async (uuid: string): Promise<CachedOrder> => {
        gets.push(uuid);
        const status = states.get(uuid);
        if (!status) throw new Error('offline');
        return { order: order(1, status, new Date(T0).toISOString(), { uuid }), fetchedAt: T0, createdHere: true };
      },
    },
  };
}

const pendingRow = () => toRow(order(1, 'pending', new Date(T0).toISOString()), true);

describe('Poller.schedule', () => {
  it('creates the alarm at the configured interval only while an order created here is pending', async () => {
    const alarms = new FakeAlarms();
    const orders = fakeOrders();
    const poller = new Poller({ orders: orders.deps, alarms, intervalSeconds: async () => 30 });
    await poller.schedule();
    expect(alarms.created).toEqual([]);
    expect(alarms.cleared).toBe(1);

    orders.setPending([pendingRow()]);
    await poller.schedule();
    expect(alarms.created).toEqual([{ periodInMinutes: 0.5, delayInMinutes: 0.5 }]);
    await poller.schedule();
    expect(alarms.created).toHaveLength(1); // Same period: the running alarm is kept, not restarted.

    orders.setPending([]);
    await poller.schedule();
    expect(alarms.current).toBeUndefined();
  });

  it('stops the alarm when no credentials are saved and restarts it when the interval changes', async () => {
    const alarms = new FakeAlarms();
    let interval: number | null = null;
    const orders = fakeOrders({ pending: [pendingRow()] });
    const poller = new Poller({ orders: orders.deps, alarms, intervalSeconds: async () => interval });
    await poller.schedule();
    expect(alarms.created).toEqual([]);
    interval = 60;
    await poller.schedule();
    interval = 120;
    await poller.schedule();
    expect(alarms.created.map((c) => c.periodInMinutes)).toEqual([1, 2]);
  });
});

describe('Poller.onAlarm', () => {
  it('polls the pending orders on its own alarm only, then reschedules even when polling fails', async () => {
    const alarms = new FakeAlarms();
    const orders = fakeOrders({ pending: [pendingRow()] });
    const poller = new Poller({ orders: orders.deps, alarms, intervalSeconds: async () => 30 });
    await poller.onAlarm('something-else');
    expect(orders.pollCalls).toBe(0);
    await poller.onAlarm(POLL_ALARM);
    expect(orders.pollCalls).toBe(1);

    orders.failPolls();
    await expect(poller.onAlarm(POLL_ALARM)).rejects.toThrow('offline');
    expect(alarms.current).toBeUndefined();
  });
});

describe('Poller: the fast watch behind the alarm', () => {
  let now = T0;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    now = T0;
  });
  afterEach(() => vi.useRealTimers());

  const advance = async (ms: number) => {
    now += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };

  function watching(uuid: string) {
    const orders = fakeOrders();
    const alarms = new FakeAlarms();
    let keepAlives = 0;
    const poller = new Poller({ orders: orders.deps, alarms, intervalSeconds: async () => 30, now: () => now, keepAlive: async () => void keepAlives++ });
    orders.states.set(uuid, 'pending');
    poller.watch(uuid);
    return { orders, alarms, poller, keepAlives: () => keepAlives };
  }

  it('reads the order a page shows every second while pending, a partial payment included, calling an extension API each time', async () => {
    const { orders, poller, keepAlives } = watching('u1');
    await advance(0);
    await advance(VIEWED_INTERVAL_MS);
    orders.states.set('u1', 'partial');
    await advance(VIEWED_INTERVAL_MS);
    orders.states.set('u1', 'mempool_unconfirmed');
    await advance(VIEWED_INTERVAL_MS);
    expect(orders.gets).toEqual(['u1', 'u1', 'u1', 'u1']);
    expect(keepAlives()).toBe(4);
    expect(poller.watched).toBe('u1');
  });

  it('keeps one beat alarm pending while it reads (its event keeps a Firefox event page alive), a new one only after it fired', async () => {
    const { alarms, poller } = watching('u1');
    await advance(0);
    await advance(10 * VIEWED_INTERVAL_MS);
    expect(alarms.beats).toEqual([WATCH_BEAT_MINUTES]);
    await poller.onAlarm(WATCH_BEAT_ALARM);
    await advance(VIEWED_INTERVAL_MS);
    expect(alarms.beats).toEqual([WATCH_BEAT_MINUTES, WATCH_BEAT_MINUTES]);
    // A beat that never fired (the browser dropped it) is replaced after a minute.
    await advance(60_000);
    expect(alarms.beats).toHaveLength(3);
    poller.watch(null);
  });

  it('stops once the order resolves, and reschedules the alarm', async () => {
    const { orders, alarms } = watching('u1');
    orders.states.set('u1', 'paid');
    await advance(0);
    await advance(10 * VIEWED_INTERVAL_MS);
    expect(orders.gets).toEqual(['u1']);
    expect(alarms.cleared).toBe(1);
  });

  it('stops when the pages show nothing, and follows them to another order', async () => {
    const { orders, poller } = watching('u1');
    poller.watch(null);
    await advance(5_000);
    expect(orders.gets).toEqual([]);
    orders.states.set('u2', 'pending');
    poller.watch('u2');
    await advance(0);
    poller.watch('u1');
    await advance(VIEWED_INTERVAL_MS);
    expect(orders.gets).toEqual(['u2', 'u1']);
  });

  it('an alarm round is skipped while the fast watch keeps every pending order fresh, and restarts the watch after a worker restart', async () => {
    const row = toRow(order(1, 'pending', new Date(T0).toISOString(), { expiration_time: new Date(T0 + 900_000).toISOString() }), true);
    const orders = fakeOrders({ pending: [row] });
    orders.states.set(row.uuid, 'pending');
    // A fresh worker (as after Chrome stopped the idle one): nothing watched until the alarm wakes it.
    const poller = new Poller({ orders: orders.deps, alarms: new FakeAlarms(), intervalSeconds: async () => 30, now: () => now });
    await advance(10_000);
    expect(orders.gets).toEqual([]);
    await poller.onAlarm(POLL_ALARM);
    expect(orders.pollCalls).toBe(1);
    await advance(0);
    const afterWake = orders.gets.length;
    expect(afterWake).toBe(1);
    poller.observed(row, now);
    await advance(YOUNG_INTERVAL_MS);
    expect(orders.gets.length).toBe(afterWake + 1);
    // The next alarm finds the order read moments ago by the watch: no second read for it.
    await poller.onAlarm(POLL_ALARM);
    expect(orders.pollCalls).toBe(1);
  });
});

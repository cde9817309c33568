import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BlockchainStatus } from '../sdk';
import type { CachedOrder, OrderRow } from '../messaging/protocol';
import { toRow } from './order-cache';
import { POLL_ALARM, Poller, WATCH_INTERVAL_MS, WATCH_MAX_MS, type AlarmsLike } from './poller';
import { order } from './test-fakes.test-util';

const T0 = Date.parse('2026-11-26T12:00:00Z');

class FakeAlarms implements AlarmsLike {
  current: { periodInMinutes: number } | undefined;
  created: { periodInMinutes: number; delayInMinutes: number }[] = [];
  cleared = 0;
  async get(name: string) {
    expect(name).toBe(POLL_ALARM);
    return this.current;
  }
  create(name: string, info: { periodInMinutes: number; delayInMinutes: number }) {
    expect(name).toBe(POLL_ALARM);
    this.created.push(info);
    this.current = { periodInMinutes: info.periodInMinutes };
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
    failPolls: () => (pollPending = vi.fn(async () => Promise.reject(new Error('offline')))),
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
    orders.setPending([]);
    await expect(poller.onAlarm(POLL_ALARM)).rejects.toThrow('offline');
    expect(alarms.current).toBeUndefined();
  });
});

describe('Poller.watch', () => {
  let now = T0;
  beforeEach(() => {
    vi.useFakeTimers();
    now = T0;
  });
  afterEach(() => vi.useRealTimers());

  const tick = async () => {
    now += WATCH_INTERVAL_MS;
    await vi.advanceTimersByTimeAsync(WATCH_INTERVAL_MS);
  };

  function watching(uuid: string) {
    const orders = fakeOrders();
    const alarms = new FakeAlarms();
    const poller = new Poller({ orders: orders.deps, alarms, intervalSeconds: async () => 30, now: () => now });
    orders.states.set(uuid, 'pending');
    poller.watch(uuid);
    return { orders, alarms, poller };
  }

  it('refreshes the watched order every 5 s while its status is pending, a partial payment included', async () => {
    const { orders, poller } = watching('u1');
    await tick();
    expect(orders.gets).toEqual(['u1']);
    // A partial payment: blockchain_status moves on, the order is still pending.
    orders.states.set('u1', 'partial');
    await tick();
    orders.states.set('u1', 'mempool_unconfirmed');
    await tick();
    expect(orders.gets).toEqual(['u1', 'u1', 'u1']);
    expect(poller.watched).toBe('u1');
  });

  it('stops once the order resolves, and reschedules the alarm', async () => {
    const { orders, alarms } = watching('u1');
    orders.states.set('u1', 'paid');
    await tick();
    const cleared = alarms.cleared;
    await tick();
    await tick();
    expect(orders.gets).toEqual(['u1']);
    expect(cleared).toBe(1);
  });

  it('keeps trying while the API fails', async () => {
    const { orders } = watching('u1');
    orders.states.delete('u1');
    await tick();
    await tick();
    expect(orders.gets).toEqual(['u1', 'u1']);
  });

  it('lapses when the popup does not renew it, and a renewal extends it', async () => {
    const { orders, poller } = watching('u1');
    const ticksInWindow = WATCH_MAX_MS / WATCH_INTERVAL_MS;
    for (let i = 0; i < ticksInWindow; i++) await tick();
    expect(orders.gets).toHaveLength(ticksInWindow);
    await tick();
    await tick();
    expect(orders.gets).toHaveLength(ticksInWindow);
    expect(poller.watched).toBeNull();

    poller.watch('u1');
    await tick();
    expect(orders.gets).toHaveLength(ticksInWindow + 1);
  });

  it('stops when the popup shows nothing, and follows the popup to another order', async () => {
    const { orders, poller } = watching('u1');
    poller.watch(null);
    await tick();
    expect(orders.gets).toEqual([]);
    orders.states.set('u2', 'pending');
    poller.watch('u2');
    await tick();
    poller.watch('u1');
    await tick();
    expect(orders.gets).toEqual(['u2', 'u1']);
  });
});

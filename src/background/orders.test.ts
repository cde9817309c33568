import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { BLOCKCHAIN_STATUSES } from '../sdk';
import { STATUS_FILTERS, type OrderRow } from '../messaging/protocol';
import { mergeRows, OrderCache, patchList, toRow, visibleRows, type ListEntry } from './order-cache';
import { OrdersService } from './orders';
import { FILTER_STATUSES, matchesFilter } from './status-filter';
import { FakeApi, order, uuidN } from './test-fakes.test-util';

let n = 0;
const newCache = () => new OrderCache(createStore(`test-orders-${++n}`, 'kv'));
const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 10, minute)).toISOString();

function setup() {
  const fake = new FakeApi();
  const cache = newCache();
  const transitions: [OrderRow, OrderRow][] = [];
  let offlineSince: number | null = null;
  const orders = new OrdersService({
    cache,
    api: fake.api,
    offlineSince: () => offlineSince,
    onTransition: (before, after) => transitions.push([before, after]),
  });
  return { fake, cache, orders, transitions, setOffline: (v: number | null) => (offlineSince = v) };
}

describe('status filters', () => {
  it('map to the documented blockchain statuses', () => {
    expect(FILTER_STATUSES.all).toBeNull();
    expect(FILTER_STATUSES.pending).toEqual(['pending', 'partial', 'mempool_unconfirmed', 'unconfirmed']);
    expect(FILTER_STATUSES.paid).toEqual(['paid']);
    expect(FILTER_STATUSES.expired).toEqual(['expired']);
    expect(FILTER_STATUSES.cancelled).toEqual(['cancelled']);
    expect(FILTER_STATUSES.dispute).toEqual(['network_dispute', 'mempool_network_dispute', 'possible_chargeback']);
    expect(FILTER_STATUSES.chargeback).toEqual(['chargeback']);
  });

  it('cover every blockchain status exactly once (besides all)', () => {
    const covered = STATUS_FILTERS.filter((f) => f !== 'all').flatMap((f) => FILTER_STATUSES[f] ?? []);
    expect([...covered].sort()).toEqual([...BLOCKCHAIN_STATUSES].sort());
    for (const s of BLOCKCHAIN_STATUSES) expect(matchesFilter('all', s)).toBe(true);
  });
});

describe('order lists', () => {
  it('sends only the newest rows when asked with a limit, and says the list is partial', async () => {
    const { fake, orders } = setup();
    for (let i = 0; i < 30; i++) fake.orders.push(order(i, 'paid', at(i)));
    await orders.refresh('all');
    const firstPaint = await orders.cached('all', 10);
    expect(firstPaint.orders.map((r) => r.uuid)).toEqual(Array.from({ length: 10 }, (_, i) => uuidN(29 - i)));
    expect(firstPaint).toMatchObject({ partial: true, totalItems: 30 });
    const whole = await orders.cached('all');
    expect(whole.orders).toHaveLength(30);
    expect(whole.partial).toBe(false);
    expect((await orders.cached('all', 30)).partial).toBe(false);
  });

  it('merge several statuses newest first, with page_size 40 per status', async () => {
    const { fake, orders } = setup();
    fake.orders = [order(1, 'pending', at(1)), order(2, 'partial', at(3)), order(3, 'unconfirmed', at(2)), order(4, 'paid', at(4))];
    const view = await orders.refresh('pending');
    expect(view.orders.map((r) => r.uuid)).toEqual([uuidN(2), uuidN(3), uuidN(1)]);
    expect(view).toMatchObject({ filter: 'pending', hasMore: false, totalItems: 3 });
    expect(fake.calls.sort()).toEqual(['list mempool_unconfirmed 0', 'list partial 0', 'list pending 0', 'list unconfirmed 0']);
  });

  it('pages a merged list without showing rows that may have unfetched newer siblings', async () => {
    const { fake, orders } = setup();
    // 45 pending (minutes 0..44) and 2 partial, one very old.
    for (let i = 0; i < 45; i++) fake.orders.push(order(i, 'pending', at(i + 10)));
    fake.orders.push(order(100, 'partial', at(60)), order(101, 'partial', at(0)));
    const first = await orders.refresh('pending');
    // Pending page 0 reaches down to minute 15; the old partial row waits until pending's page 1 is in.
    expect(first.hasMore).toBe(true);
    expect(first.orders.some((r) => r.uuid === uuidN(101))).toBe(false);
    expect(first.orders).toHaveLength(41);
    const second = await orders.more('pending');
    expect(second.hasMore).toBe(false);
    expect(second.orders).toHaveLength(47);
    expect(second.orders.at(-1)!.uuid).toBe(uuidN(101));
    expect(second.totalItems).toBe(47);
  });

  it('serves the cached list at once, and the cached list while offline', async () => {
    const { fake, orders, setOffline } = setup();
    expect(await orders.cached('all')).toMatchObject({ orders: [], fetchedAt: null, totalItems: null });
    fake.orders = [order(1, 'paid', at(1))];
    await orders.refresh('all');
    fake.offline = true;
    setOffline(123);
    const view = await orders.refresh('all');
    expect(view).toMatchObject({ offlineSince: 123, orders: [{ uuid: uuidN(1) }] });
    expect((await orders.cached('all')).orders).toHaveLength(1);
  });

  it('keeps 10,000 rows in one entry and reads them fast', async () => {
    const { cache, orders } = setup();
    const rows = Array.from({ length: 10_000 }, (_, i) => toRow(order(i, 'paid', new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()), false)).reverse();
    await cache.putList({ filter: 'all', rows, cursors: [{ status: null, nextPage: 250, totalPages: 300, totalItems: 12_000, oldest: rows.at(-1)!.created_at }], fetchedAt: 1 });
    const started = performance.now();
    const view = await orders.cached('all');
    expect(view.orders).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('orders created here', () => {
  it('are indexed, patched into lists, and report status transitions', async () => {
    const { fake, orders, transitions } = setup();
    fake.orders = [order(1, 'pending', at(1)), order(2, 'pending', at(2))];
    await orders.refresh('pending');
    await orders.observe(fake.orders[0]!, { createdHere: true });
    expect((await orders.pendingCreated()).map((r) => r.uuid)).toEqual([uuidN(1)]);

    fake.orders[0] = order(1, 'paid', at(1));
    const polled = await orders.pollPending();
    expect(polled).toBe(0);
    expect(transitions.map(([b, a]) => [b.blockchain_status, a.blockchain_status])).toEqual([['pending', 'paid']]);
    // It left the cached pending list and the list still has the other order.
    expect((await orders.cached('pending')).orders.map((r) => r.uuid)).toEqual([uuidN(2)]);
    // A refresh that sees the same state again is not a new transition.
    await orders.refresh('all');
    expect(transitions).toHaveLength(1);
  });

  it('show in lists never fetched', async () => {
    const { fake, orders } = setup();
    fake.orders = [order(1, 'pending', at(1))];
    await orders.observe(fake.orders[0]!, { createdHere: true });
    expect(await orders.cached('all')).toMatchObject({ fetchedAt: null, orders: [{ uuid: uuidN(1), createdHere: true }] });
    expect((await orders.cached('paid')).orders).toEqual([]);
  });
});

describe('mergeRows', () => {
  it('merges a page into a sorted list, newest first, the fresh copy replacing the old', () => {
    const row = (i: number, minute: number, status: 'paid' | 'pending' = 'paid') => toRow(order(i, status, at(minute)), false);
    const existing = [row(5, 50), row(4, 40), row(2, 20)];
    const merged = mergeRows(existing, [row(1, 10), row(3, 30), row(4, 40, 'pending'), row(6, 60)]);
    expect(merged.map((r) => r.uuid)).toEqual([6, 5, 4, 3, 2, 1].map(uuidN));
    expect(merged.find((r) => r.uuid === uuidN(4))!.status).toBe('pending');
    expect(mergeRows([], [row(1, 1), row(2, 2)]).map((r) => r.uuid)).toEqual([uuidN(2), uuidN(1)]);
  });
});

describe('patchList', () => {
  const entry = (rows: OrderRow[], more: boolean): ListEntry => ({
    filter: 'pending',
    rows,
    cursors: [{ status: 'pending', nextPage: 1, totalPages: more ? 2 : 1, totalItems: 3, oldest: rows.at(-1)?.created_at ?? null }],
    fetchedAt: 1,
  });

  it('updates, removes and inserts rows within the fetched range only', () => {
    const a = toRow(order(1, 'pending', at(5)), false);
    const b = toRow(order(2, 'pending', at(3)), false);
    const list = entry([a, b], true);
    expect(patchList(list, [a])).toBeNull();
    expect(patchList(list, [toRow(order(1, 'paid', at(5)), false)])!.rows.map((r) => r.uuid)).toEqual([uuidN(2)]);
    expect(patchList(list, [toRow(order(3, 'pending', at(4)), true)])!.rows.map((r) => r.uuid)).toEqual([uuidN(1), uuidN(3), uuidN(2)]);
    // Older than anything fetched while more pages exist: it will come with its page.
    expect(patchList(list, [toRow(order(4, 'pending', at(1)), true)])).toBeNull();
    expect(visibleRows(list)).toHaveLength(2);
  });
});

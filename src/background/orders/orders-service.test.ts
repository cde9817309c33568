import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BLOCKCHAIN_STATUSES } from '../../sdk';
import { STATUS_FILTERS, type CachedOrder, type OrderRow } from '../../messaging/protocol';
import { OrderCache } from './order-cache';
import { compareRows, rankOf, toRow, visibleBound } from './order-rows';
import { OrdersService } from './orders-service';
import { FILTER_STATUSES, matchesFilter } from './status-filter';
import { FakeApi, order, uuidN } from '../platform/test-fakes.test-util';

let n = 0;
const newCache = () => new OrderCache(`test-orders-${++n}`);
const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 10, minute)).toISOString();

function setup() {
  const fake = new FakeApi();
  const cache = newCache();
  const transitions: [OrderRow, OrderRow][] = [];
  const observed: [CachedOrder, OrderRow][] = [];
  let offlineSince: number | null = null;
  const orders = new OrdersService({
    cache,
    api: fake.api,
    offlineSince: () => offlineSince,
    onTransition: (before, after) => transitions.push([before, after]),
    onObserved: (cached, row) => observed.push([cached, row]),
  });
  return { fake, cache, orders, transitions, observed, setOffline: (v: number | null) => (offlineSince = v) };
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
    // Only the rows the page adds, after the last one shown before; the old partial row among them.
    expect(second.after).toBe(first.orders.at(-1)!.uuid);
    expect(second.orders).toHaveLength(6);
    expect(second.orders.at(-1)!.uuid).toBe(uuidN(101));
    expect(second.totalItems).toBe(47);
    const whole = await orders.cached('pending');
    expect(whole.orders.map((r) => r.uuid)).toEqual([...first.orders, ...second.orders].map((r) => r.uuid));
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

  it('reads the newest rows of 10,000 cached without reading the rest', async () => {
    const { fake, orders, cache } = setup();
    for (let i = 0; i < 10_000; i++) fake.orders.push(order(i, 'paid', new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()));
    await orders.refresh('all');
    const rows = fake.orders.map((o) => toRow(o, false)).sort(compareRows);
    await cache.replaceList('all', rows, [{ status: null, nextPage: 250, totalPages: 250, totalItems: 10_000, oldest: rows.at(-1)!.created_at }], 1);
    const newest = await orders.cached('all', 50);
    expect(newest.orders.map((r) => r.uuid)).toEqual(rows.slice(0, 50).map((r) => r.uuid));
    expect(newest).toMatchObject({ partial: true, totalItems: 10_000, hasMore: false });
    expect((await orders.cached('all')).orders).toHaveLength(10_000);
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

  it('hand every fresh copy (a poll, a read) to onObserved once it is cached, the paid one included', async () => {
    const { fake, cache, orders, observed } = setup();
    fake.orders = [order(1, 'pending', at(1))];
    await orders.observe(fake.orders[0]!, { createdHere: true });
    fake.orders[0] = order(1, 'paid', at(1));
    await orders.pollPending();
    await orders.get(uuidN(1), false); // From the cache: nothing new to tell.
    expect(observed.map(([c, row]) => [c.order.state.blockchain_status, row.blockchain_status, row.createdHere])).toEqual([
      ['pending', 'pending', true],
      ['paid', 'paid', true],
    ]);
    expect(await cache.getOrder(uuidN(1))).toEqual(observed[1]?.[0]);
  });

  it('show in lists never fetched', async () => {
    const { fake, orders } = setup();
    fake.orders = [order(1, 'pending', at(1))];
    await orders.observe(fake.orders[0]!, { createdHere: true });
    expect(await orders.cached('all')).toMatchObject({ fetchedAt: null, orders: [{ uuid: uuidN(1), createdHere: true }] });
    expect((await orders.cached('paid')).orders).toEqual([]);
  });
});

describe('paging', () => {
  it('answers orders.more with only the rows the page adds, after the last row shown', async () => {
    const { fake, orders } = setup();
    for (let i = 0; i < 100; i++) fake.orders.push(order(i, 'paid', at(i)));
    const first = await orders.refresh('all');
    expect(first.orders).toHaveLength(40);
    expect(first.after).toBeUndefined();
    const second = await orders.more('all');
    expect(second.after).toBe(first.orders.at(-1)!.uuid);
    expect(second.orders.map((r) => r.uuid)).toEqual(Array.from({ length: 40 }, (_, i) => uuidN(59 - i)));
    expect(second).toMatchObject({ hasMore: true, totalItems: 100 });
    const third = await orders.more('all');
    expect(third.orders).toHaveLength(20);
    expect(third.hasMore).toBe(false);
    expect((await orders.cached('all')).orders.map((r) => r.uuid)).toEqual(Array.from({ length: 100 }, (_, i) => uuidN(99 - i)));
  });

  it('sends the whole list when a page brings a row among those already shown', async () => {
    const { fake, orders } = setup();
    for (let i = 0; i < 60; i++) fake.orders.push(order(i, 'paid', at(i + 10)));
    const first = await orders.refresh('paid');
    // A new order shifts page 1 by one row, so it repeats the last row shown, which changed meanwhile.
    fake.orders.push(order(200, 'paid', at(100)));
    fake.orders[20] = order(20, 'paid', at(30), { reference: 'renamed' });
    expect(first.orders.at(-1)!.uuid).toBe(uuidN(20));
    const more = await orders.more('paid');
    expect(more.after).toBeUndefined();
    expect(more.orders).toHaveLength(60);
    expect(more.orders[39]).toMatchObject({ uuid: uuidN(20), reference: 'renamed' });
  });

  it('starts a refreshed list again from its first page and keeps rows out of filters they left', async () => {
    const { fake, orders } = setup();
    for (let i = 0; i < 60; i++) fake.orders.push(order(i, 'pending', at(i)));
    await orders.refresh('pending');
    await orders.more('pending');
    expect((await orders.cached('pending')).orders).toHaveLength(60);
    fake.orders[59] = order(59, 'paid', at(59));
    const again = await orders.refresh('pending');
    expect(again.orders).toHaveLength(40);
    expect(again.orders.some((r) => r.uuid === uuidN(59))).toBe(false);
    await orders.observe(fake.orders[59]);
    expect((await orders.cached('paid')).orders).toEqual([]); // Never fetched, not created here: not started.
    expect(again.hasMore).toBe(true);
  });
});

describe('visible rows of a merged list', () => {
  it('stop at the oldest row of a status that still has pages', () => {
    const cursor = (oldest: string, more: boolean) => ({ status: 'pending' as const, nextPage: 1, totalPages: more ? 2 : 1, totalItems: 3, oldest });
    expect(visibleBound([cursor(at(5), true)])).toBe(Infinity);
    expect(visibleBound([cursor(at(5), true), cursor(at(3), true)])).toBe(rankOf(at(5)));
    expect(visibleBound([cursor(at(5), false), cursor(at(3), true)])).toBe(rankOf(at(3)));
    expect(visibleBound([cursor(at(5), false), cursor(at(3), false)])).toBe(Infinity);
  });
});

describe('patching lists', () => {
  it('updates, removes and inserts rows within the fetched range only', async () => {
    const { fake, orders } = setup();
    fake.orders = Array.from({ length: 45 }, (_, i) => order(i, 'pending', at(i + 5)));
    await orders.refresh('pending');
    const ids = async () => (await orders.cached('pending')).orders.map((r) => r.uuid);
    expect(await ids()).toHaveLength(40);
    await orders.observe(order(44, 'paid', at(49)));
    expect(await ids()).not.toContain(uuidN(44));
    await orders.observe(order(300, 'pending', at(30)));
    expect((await ids()).indexOf(uuidN(300))).toBe(19); // After the other order of minute 30 (uuid order).
    // Older than anything fetched while more pages exist: it will come with its page.
    await orders.observe(order(301, 'pending', at(1)));
    expect(await ids()).not.toContain(uuidN(301));
    // The same for a list of one status (no merge to hide it behind).
    fake.orders.push(...Array.from({ length: 45 }, (_, i) => order(100 + i, 'paid', at(i + 5))));
    await orders.refresh('paid');
    await orders.observe(order(302, 'paid', at(1)));
    expect((await orders.cached('paid')).orders.map((r) => r.uuid)).not.toContain(uuidN(302));
    await orders.observe(order(43, 'pending', at(48), { reference: 'renamed' }));
    expect((await orders.cached('pending')).orders[0]).toMatchObject({ uuid: uuidN(43), reference: 'renamed' });
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { OrderRow } from '../../messaging/protocol';
import { OrderCache } from './order-cache';
import { compareRows, toRow, type ListCursor } from './order-rows';
import { order, uuidN } from '../platform/test-fakes.test-util';

let n = 0;
const newCache = () => new OrderCache(`test-order-cache-${++n}`);
const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 10, minute)).toISOString();
const rowsOf = (from: number, to: number, status: 'paid' | 'pending' = 'paid'): OrderRow[] =>
  Array.from({ length: to - from }, (_, i) => toRow(order(from + i, status, at(from + i)), false)).sort(compareRows);
const cursor = (rows: OrderRow[], more: boolean): ListCursor[] => [{ status: null, nextPage: 1, totalPages: more ? 2 : 1, totalItems: 99, oldest: rows.at(-1)!.created_at }];

describe('OrderCache lists', () => {
  it('reads the newest rows first and says when it stopped at the limit', async () => {
    const cache = newCache();
    const rows = rowsOf(0, 30);
    await cache.replaceList('all', rows, cursor(rows, false), 1);
    const newest = await cache.readList('all', 5);
    expect(newest?.rows.map((r) => r.uuid)).toEqual([29, 28, 27, 26, 25].map(uuidN));
    expect(newest?.partial).toBe(true);
    expect((await cache.readList('all', 30))?.partial).toBe(false);
    expect(await cache.readList('paid')).toBeUndefined();
  });

  it('keeps one generation before the current one, for a list put back, and drops older ones', async () => {
    const cache = newCache();
    const first = rowsOf(0, 10);
    await cache.replaceList('all', first, cursor(first, false), 1);
    const kept = await cache.getListMeta('all');
    await cache.replaceList('all', rowsOf(5, 10), cursor(rowsOf(5, 10), false), 2);
    expect((await cache.readList('all'))?.rows).toHaveLength(5);
    // The bench puts a list's record back: the rows of that generation are still there.
    await cache.replaceList('all', rowsOf(5, 10), cursor(rowsOf(5, 10), false), 3);
    expect(kept).toBeDefined();
    // Two refreshes later the first generation is gone.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(`test-order-cache-${n}`);
      open.onsuccess = () => resolve(open.result);
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('rows').objectStore('rows').count(IDBKeyRange.bound(['all', kept!.generation], ['all', kept!.generation, Infinity, []]));
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    expect(count).toBe(0);
  });

  it('appends a page and returns only the rows after the last one shown', async () => {
    const cache = newCache();
    const page0 = rowsOf(20, 30);
    await cache.replaceList('all', page0, cursor(page0, true), 1);
    const added = await cache.appendPage('all', rowsOf(10, 20), cursor(rowsOf(10, 20), false));
    expect(added?.after).toBe(uuidN(20));
    expect(added?.rows.map((r) => r.uuid)).toEqual(rowsOf(10, 20).map((r) => r.uuid));
    expect(await cache.appendPage('paid', rowsOf(0, 1), [])).toBeUndefined();
  });
});

describe('OrderCache created index', () => {
  it('returns the rows it replaced and lists the pending ones by status, newest first', async () => {
    const cache = newCache();
    const a = toRow(order(1, 'pending', at(1)), true);
    const b = toRow(order(2, 'partial', at(2)), true);
    const c = toRow(order(3, 'paid', at(3)), true);
    const first = await cache.putCreated([a, b, c]);
    expect([...first.values()]).toEqual([undefined, undefined, undefined]);
    const paidA = toRow(order(1, 'paid', at(1)), true);
    expect((await cache.putCreated([paidA])).get(a.uuid)).toEqual(a);
    expect((await cache.pendingCreated()).map((r) => r.uuid)).toEqual([uuidN(2)]);
    expect(Object.keys(await cache.getCreated()).sort()).toEqual([uuidN(1), uuidN(2), uuidN(3)]);
  });

  it('keeps every pending order and the newest 500 resolved ones', async () => {
    const cache = newCache();
    const resolved = Array.from({ length: 650 }, (_, i) => toRow(order(i, 'paid', new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()), true));
    const pending = toRow(order(9999, 'pending', '2025-01-01T00:00:00Z'), true);
    await cache.putCreated([pending, ...resolved]);
    const kept = await cache.getCreated();
    expect(Object.keys(kept)).toHaveLength(501);
    expect(kept[pending.uuid]).toBeDefined();
    expect(kept[uuidN(649)]).toBeDefined();
    expect(kept[uuidN(149)]).toBeUndefined();
  });

  it('belongs to one account, and a reset empties it', async () => {
    const cache = newCache();
    await cache.putCreated([toRow(order(1, 'pending', at(1)), true)]);
    await cache.reset('sandbox|m1');
    expect(await cache.getAccount()).toBe('sandbox|m1');
    expect(await cache.getCreated()).toEqual({});
  });
});

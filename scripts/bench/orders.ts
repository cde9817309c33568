/**
 * Puts N orders into the extension's order cache by the real path: the sandbox is
 * seeded with N orders and the extension pages through them exactly as the popup
 * does — `orders.refresh`, then `orders.more` (40 per page) until nothing is left.
 * Also snapshots and restores the cached list through the service worker, because
 * every popup open refreshes the list and so starts it again from page 0: the list's
 * record (generation and cursors) is put back, and the rows of that generation are
 * still there (src/background/orders/order-cache.ts drops a generation one refresh later).
 */
import type { Worker } from 'playwright-core';
import type { ExtensionSession } from './browser';
import { nowMs } from './stats';

/** Where src/background/orders/order-cache.ts keeps a list's record: database `webpos-orders`, store `lists`, key = filter. */
const DB = 'webpos-orders';

export interface Loaded {
  rows: number;
  pages: number;
  ms: number;
}

/** Pages through the API until the cached "all" list holds `expected` rows (or `upTo` of them). */
export async function loadOrders(session: ExtensionSession, expected: number, upTo = expected): Promise<Loaded> {
  const start = nowMs();
  let view = await session.send('orders.refresh', { filter: 'all' });
  let rows = view.orders.length;
  let pages = 1;
  while (view.hasMore && rows < upTo) {
    view = await session.send('orders.more', { filter: 'all' });
    rows = view.after === undefined ? view.orders.length : rows + view.orders.length;
    pages++;
  }
  const cached = await cachedRows(session);
  if (cached !== upTo || view.totalItems !== expected) {
    throw new Error(`loaded ${cached} rows (API says ${String(view.totalItems)}), expected ${upTo} of ${expected}`);
  }
  return { rows: cached, pages, ms: nowMs() - start };
}

/** The cached "all" list's record (opaque to the bench: it is put back unchanged). */
export type ListSnapshot = unknown;

type Step = { op: 'get' } | { op: 'put'; value: unknown } | { op: 'trim'; value: unknown };

/**
 * One step on the worker's database: read or put back the list's record; `trim` also
 * deletes the rows older than the record's oldest row (those a timed `orders.more` added).
 */
function idb<T>(worker: Worker, step: Step): Promise<T> {
  return worker.evaluate(
    ([db, s]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction(['lists', 'rows'], s.op === 'get' ? 'readonly' : 'readwrite');
          const lists = tx.objectStore('lists');
          let result: unknown;
          if (s.op === 'get') {
            const request = lists.get('all');
            request.onsuccess = () => (result = request.result as unknown);
          } else {
            lists.put(s.value);
            if (s.op === 'trim') {
              const meta = s.value as { generation: number; cursors: { oldest: string }[] };
              const rank = -Date.parse(meta.cursors[0]!.oldest);
              tx.objectStore('rows').delete(IDBKeyRange.bound(['all', meta.generation, rank, []], ['all', meta.generation, Infinity, []], true));
            }
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(result as T);
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    [DB, step] as const,
  );
}

export async function snapshotList(worker: Worker): Promise<ListSnapshot> {
  const entry = await idb<ListSnapshot>(worker, { op: 'get' });
  if (!entry) throw new Error('no cached list to snapshot');
  return entry;
}

export async function restoreList(worker: Worker, snapshot: ListSnapshot): Promise<void> {
  await idb<undefined>(worker, { op: 'put', value: snapshot });
}

/** Puts the list back as it was at `snapshot`, rows added since included (the list only grew at its old end). */
export async function rewindList(worker: Worker, snapshot: ListSnapshot): Promise<void> {
  await idb<undefined>(worker, { op: 'trim', value: snapshot });
}

/** Rows of the cached "all" list, as the worker would hand them to a page. */
export async function cachedRows(session: ExtensionSession): Promise<number> {
  return (await session.send('orders.cached', { filter: 'all' })).orders.length;
}

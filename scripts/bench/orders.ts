/**
 * Puts N orders into the extension's order cache by the real path: the sandbox is
 * seeded with N orders and the extension pages through them exactly as the popup
 * does — `orders.refresh`, then `orders.more` (40 per page) until nothing is left.
 * Also snapshots and restores the cached list through the service worker (the
 * background's own IndexedDB entry, byte for byte), because every popup open
 * refreshes the list and so replaces the cached pages with the first one.
 */
import type { Worker } from 'playwright-core';
import type { OrderListView } from '../../src/messaging/protocol';
import type { ExtensionSession } from './browser';
import { nowMs } from './stats';

/** Where src/background/order-cache.ts keeps lists: idb-keyval createStore('webpos-order-cache', 'kv'), key `list:<filter>`. */
const DB = 'webpos-order-cache';
const STORE = 'kv';
const LIST_KEY = 'list:all';

export interface Loaded {
  rows: number;
  pages: number;
  ms: number;
}

export async function loadOrders(session: ExtensionSession, expected: number): Promise<Loaded> {
  const start = nowMs();
  let view: OrderListView = await session.send('orders.refresh', { filter: 'all' });
  let pages = 1;
  while (view.hasMore) {
    view = await session.send('orders.more', { filter: 'all' });
    pages++;
  }
  if (view.orders.length !== expected || view.totalItems !== expected) {
    throw new Error(`loaded ${view.orders.length} rows (API says ${String(view.totalItems)}), expected ${expected}`);
  }
  return { rows: view.orders.length, pages, ms: nowMs() - start };
}

/** The raw cached entry of the "all" list (opaque to the bench: it is put back unchanged). */
export type ListSnapshot = unknown;

function idb<T>(worker: Worker, mode: 'get' | 'put', value?: unknown): Promise<T> {
  return worker.evaluate(
    ([db, store, key, m, v]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction(store, m === 'get' ? 'readonly' : 'readwrite');
          const objects = tx.objectStore(store);
          const request: IDBRequest = m === 'get' ? objects.get(key) : objects.put(v, key);
          let result: unknown;
          request.onsuccess = () => {
            result = request.result as unknown;
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve((m === 'get' ? result : undefined) as T);
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    [DB, STORE, LIST_KEY, mode, value] as const,
  );
}

export async function snapshotList(worker: Worker): Promise<ListSnapshot> {
  const entry = await idb<ListSnapshot>(worker, 'get');
  if (!entry) throw new Error('no cached list to snapshot');
  return entry;
}

export async function restoreList(worker: Worker, snapshot: ListSnapshot): Promise<void> {
  await idb<undefined>(worker, 'put', snapshot);
}

/** Rows of the cached "all" list, as the worker would hand them to a page. */
export async function cachedRows(session: ExtensionSession): Promise<number> {
  return (await session.send('orders.cached', { filter: 'all' })).orders.length;
}

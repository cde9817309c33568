/**
 * The newest rows of the "All" list as this popup last showed them, kept in the
 * popup's own storage for the account they belong to, so the next opening can
 * draw the list in its first frame. The worker's cached list and then the API
 * replace it within moments; another account's snapshot is never shown.
 */
import type { OrderListView } from '../messaging/protocol';
import type { KeyValueStore } from './last-order';
import { FIRST_PAINT_ROWS } from './views/list-size';

const KEY = 'webpos-counter.recent-orders';

export function saveListSnapshot(store: KeyValueStore, account: string, view: OrderListView): void {
  if (view.filter !== 'all') return;
  const orders = view.orders.slice(0, FIRST_PAINT_ROWS);
  const snapshot: OrderListView = { ...view, orders, partial: view.partial || view.orders.length > orders.length };
  try {
    store.setItem(KEY, JSON.stringify({ account, view: snapshot }));
  } catch {
    // A full storage only costs the next opening its head start.
  }
}

export function readListSnapshot(store: KeyValueStore, account: string): OrderListView | null {
  try {
    const stored = JSON.parse(store.getItem(KEY) ?? 'null') as { account?: unknown; view?: Partial<OrderListView> } | null;
    const view = stored?.view;
    if (stored?.account !== account || !view || view.filter !== 'all' || !Array.isArray(view.orders)) return null;
    return view as OrderListView;
  } catch {
    return null;
  }
}


/** Whether two answers show the same list, so the one already drawn can stay as it is. */
export function sameListView(a: OrderListView, b: OrderListView): boolean {
  return (
    a.filter === b.filter &&
    a.orders.length === b.orders.length &&
    a.partial === b.partial &&
    a.hasMore === b.hasMore &&
    a.totalItems === b.totalItems &&
    a.fetchedAt === b.fetchedAt &&
    a.offlineSince === b.offlineSince &&
    JSON.stringify(a.orders) === JSON.stringify(b.orders)
  );
}

/**
 * The "All" list as the New order tab keeps it between the worker's answers: a fresh
 * copy of an order pushed by the worker is folded in at once (its row replaced, or a
 * new order put in its place), without asking the worker for the list again.
 */
import type { OrderListView, OrderRow } from '../messaging/protocol';

/** Rows in the strip under the New order form. */
export const STRIP_ROWS = 6;

/** Newest first; ties by uuid (the worker's own order, see order-rows.ts). */
function newerFirst(a: OrderRow, b: OrderRow): number {
  const ta = Date.parse(a.created_at);
  const tb = Date.parse(b.created_at);
  const d = (Number.isNaN(tb) ? -Infinity : tb) - (Number.isNaN(ta) ? -Infinity : ta);
  if (d !== 0 && !Number.isNaN(d)) return d;
  return a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0;
}

/**
 * `view` with `row` in it. A row already listed is replaced. A new one is added only where
 * the list has no gap: when it holds every order, or the row is newer than its oldest
 * (an older row may belong after orders not fetched yet, which would leave a hole).
 * Returns `view` itself when nothing changes.
 */
export function withPushedRow(view: OrderListView, row: OrderRow): OrderListView {
  const at = view.orders.findIndex((r) => r.uuid === row.uuid);
  if (at !== -1) {
    const before = view.orders[at] as OrderRow;
    if (JSON.stringify(before) === JSON.stringify(row)) return view;
    const orders = view.orders.slice();
    orders[at] = row;
    return { ...view, orders };
  }
  const oldest = view.orders.at(-1);
  const holdsEvery = !view.hasMore && !view.partial;
  if (!holdsEvery && (!oldest || newerFirst(row, oldest) > 0)) return view;
  return { ...view, orders: [...view.orders, row].sort(newerFirst) };
}

/** The strip's rows: the newest few. */
export function stripRows(view: OrderListView | null, count = STRIP_ROWS): OrderRow[] {
  return view ? view.orders.slice(0, count) : [];
}

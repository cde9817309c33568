/**
 * Plain functions on order rows and list cursors: how an API order becomes a list
 * row, the newest-first order, and which rows a list may show while pages are missing.
 */
import type { BlockchainStatus, PaymentOrderRetrieval } from '../../sdk';
import type { OrderListView, OrderRow, StatusFilter } from '../../messaging/protocol';
import { arrivedOf } from '../../shared/money-arrived';

/** Where one status's pages stand (status null: the unfiltered list). */
export interface ListCursor {
  status: BlockchainStatus | null;
  /** Next page to fetch (0-based). */
  nextPage: number;
  totalPages: number;
  totalItems: number;
  /** created_at of the oldest row fetched for this status. */
  oldest: string | null;
}

export function toRow(order: PaymentOrderRetrieval, createdHere: boolean): OrderRow {
  return {
    uuid: order.uuid,
    amount: order.amount,
    currency: order.currency.name,
    btc_amount: order.btc_amount,
    reference: order.reference ?? null,
    details: order.details ?? null,
    created_at: order.created_at,
    expiration_time: order.expiration_time,
    status: order.state.status,
    blockchain_status: order.state.blockchain_status,
    createdHere,
    arrived: arrivedOf(order),
  };
}

const time = (iso: string | null): number => (iso === null ? NaN : Date.parse(iso));

/**
 * A row's place in a newest-first index: minus its creation time, so ascending keys
 * run newest first (ties broken by uuid, ascending). Rows with no valid time sort last.
 */
export function rankOf(createdAt: string | null): number {
  const t = time(createdAt);
  return Number.isNaN(t) ? Number.MAX_VALUE : -t;
}

/** Newest first; ties broken by uuid so the order is stable (the order of `rankOf` keys). */
export function compareRows(a: OrderRow, b: OrderRow): number {
  const d = rankOf(a.created_at) - rankOf(b.created_at);
  if (d !== 0) return d;
  return a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0;
}

export function hasMorePages(c: ListCursor): boolean {
  return c.nextPage < c.totalPages;
}

/**
 * The rank of the oldest row a merged list may show: when several statuses are merged,
 * a row older than the oldest row of a status that still has pages might have a newer
 * sibling not fetched yet, so it waits until that status's next page is in.
 * Infinity: every row may show.
 */
export function visibleBound(cursors: readonly ListCursor[]): number {
  if (cursors.length <= 1) return Infinity;
  let bound = Infinity;
  for (const c of cursors) if (hasMorePages(c) && c.oldest !== null) bound = Math.min(bound, rankOf(c.oldest));
  return bound;
}

/** The cursor after one more page of its status came in. */
export function cursorAfter(cursor: ListCursor, page: { paymentorders: readonly { created_at: string }[]; total_pages: number; total_items: number }): ListCursor {
  let oldest = cursor.oldest;
  for (const o of page.paymentorders) if (oldest === null || time(o.created_at) < time(oldest)) oldest = o.created_at;
  return { status: cursor.status, nextPage: cursor.nextPage + 1, totalPages: page.total_pages, totalItems: page.total_items, oldest };
}

export function sameRow(a: OrderRow, b: OrderRow): boolean {
  return (
    a.blockchain_status === b.blockchain_status &&
    a.status === b.status &&
    a.createdHere === b.createdHere &&
    a.amount === b.amount &&
    a.btc_amount === b.btc_amount &&
    a.reference === b.reference &&
    a.details === b.details &&
    a.expiration_time === b.expiration_time &&
    JSON.stringify(a.arrived ?? null) === JSON.stringify(b.arrived ?? null)
  );
}

/** What a page is sent for a list: `rows` are the visible rows (or the newest `limit` of them). */
export function listView(
  filter: StatusFilter,
  list: { cursors: readonly ListCursor[]; fetchedAt: number | null; rows: OrderRow[]; partial: boolean } | undefined,
  offlineSince: number | null,
): OrderListView {
  if (!list) return { filter, orders: [], fetchedAt: null, hasMore: false, totalItems: null, offlineSince, partial: false };
  return {
    filter,
    orders: list.rows,
    fetchedAt: list.fetchedAt,
    hasMore: list.cursors.some(hasMorePages),
    totalItems: list.fetchedAt === null ? null : list.cursors.reduce((sum, c) => sum + c.totalItems, 0),
    offlineSince,
    partial: list.partial,
  };
}

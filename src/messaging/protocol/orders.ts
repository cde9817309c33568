/** Order lists and single orders: cache first, the network behind it; cancel and the sandbox's simulations. */
import type { BlockchainStatus, CallbackEventName, OrderStatus, PaymentOrderRetrieval } from '../../sdk';
import type { Arrived } from '../../shared/money-arrived';

/** The popup's status filter; the worker maps it to blockchain statuses. */
export const STATUS_FILTERS = ['all', 'pending', 'paid', 'expired', 'cancelled', 'dispute', 'chargeback'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface CachedOrder {
  order: PaymentOrderRetrieval;
  /** Epoch ms when this copy was fetched from the API. */
  fetchedAt: number;
  /** Created from this extension (watched, notified, counted on the badge). */
  createdHere: boolean;
  /** The WebPOS server's clock minus the worker's, ms, when this copy was fetched (0 or absent: unknown). */
  serverOffsetMs?: number;
}

/**
 * One order as a list shows it: slim, so thousands fit in a popup's memory
 * and search stays fast. The full order comes from `order.get`.
 */
export interface OrderRow {
  uuid: string;
  /** Fiat decimal string, e.g. "10.00". */
  amount: string;
  currency: string;
  btc_amount: number;
  reference: string | null;
  details: string | null;
  created_at: string;
  expiration_time: string;
  status: OrderStatus;
  blockchain_status: BlockchainStatus;
  createdHere: boolean;
  /** Money received for it (absent or null: none, or a row cached before this was kept). */
  arrived?: Arrived | null;
}

export interface OrderListView {
  filter: StatusFilter;
  /** Newest first. */
  orders: OrderRow[];
  /** Epoch ms of the last successful refresh of this list; null if never. */
  fetchedAt: number | null;
  hasMore: boolean;
  totalItems: number | null;
  /** Epoch ms since the API has been unreachable, when it is. */
  offlineSince: number | null;
  /** Only the newest `limit` rows were sent (`orders.cached` with a limit); the worker holds more. */
  partial: boolean;
  /** The WebPOS server's clock minus the worker's, ms (absent: unknown). */
  serverOffsetMs?: number;
  /**
   * Set on an `orders.more` answer that sends only the rows a page adds: `orders` follow
   * the row with this uuid (null: the list was empty). Absent: `orders` is the whole list.
   */
  after?: string | null;
}

export interface OrderMessages {
  /** `limit`: send only the newest rows, for a first paint; ask again without it for the rest. */
  'orders.cached': { request: { filter: StatusFilter; limit?: number }; response: OrderListView };
  'orders.refresh': { request: { filter: StatusFilter }; response: OrderListView };
  /** The next page: usually only the rows it adds (see `OrderListView.after`). */
  'orders.more': { request: { filter: StatusFilter }; response: OrderListView };
  /** Every cached row of a list, for the CSV; in cashier mode only today's (`todayOnly`). */
  'orders.export': { request: { filter: StatusFilter }; response: { orders: OrderRow[]; todayOnly: boolean } };
  'order.get': { request: { uuid: string; refresh: boolean }; response: CachedOrder };
  'order.cancel': { request: { uuid: string }; response: CachedOrder };
  'order.callbacks': { request: { uuid: string }; response: { callbacks: CallbackEventName[] } };
  'order.simulate': { request: { uuid: string; callback: CallbackEventName }; response: CachedOrder };
  'order.reset': { request: { uuid: string }; response: CachedOrder };
}

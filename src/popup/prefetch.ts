/**
 * The popup's first questions to the worker, asked before the first render and
 * in parallel, when the popup has no snapshot of its own to draw from (a first
 * opening, another account): the list can then paint from the worker's cache
 * the moment it is shown. Each answer is handed out once; later reads ask the
 * worker again.
 */
import type { OrderListView, PublicSettings } from '../messaging/protocol';
import type { Result } from '../messaging/result';
import { send } from '../messaging/send';
import type { SnapshotGaps } from './boot-cache';
import { FIRST_PAINT_ROWS } from './views/list-size';

let settings: Promise<Result<PublicSettings>> | null = null;
let allOrders: Promise<Result<OrderListView>> | null = null;
let startedAt = 0;
/** A cached list asked for longer ago than this may have changed: ask again. */
const ORDERS_FRESH_FOR_MS = 2000;

export function startPrefetch(missing: SnapshotGaps): void {
  startedAt = performance.now();
  if (missing.settings) settings = send('settings.get', null);
  if (missing.orders) allOrders = send('orders.cached', { filter: 'all', limit: FIRST_PAINT_ROWS });
}

export function takePrefetchedSettings(): Promise<Result<PublicSettings>> | null {
  const taken = settings;
  settings = null;
  return taken;
}

export function takePrefetchedOrders(): Promise<Result<OrderListView>> | null {
  const taken = performance.now() - startedAt <= ORDERS_FRESH_FOR_MS ? allOrders : null;
  allOrders = null;
  return taken;
}

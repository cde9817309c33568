/**
 * The update channel: each open page holds one `runtime.connect` port named
 * UPDATES_PORT. The page says which order it shows (the worker watches that one
 * while the port is open); the worker pushes every fresh copy of an order it
 * learns (its 5 s watch, the alarm poll, a list page), so pages never poll.
 */
import type { CachedOrder, OrderRow } from './protocol';

export const UPDATES_PORT = 'order-updates';

/** Page → worker: the order this page shows, or null. Sent on every (re)connect. */
export interface WatchMessage {
  type: 'watch';
  uuid: string | null;
}

/** Worker → page: a fresh copy of one order, and its row as lists show it. */
export interface OrderPush {
  type: 'order';
  cached: CachedOrder;
  row: OrderRow;
}

export type UpdatePush = OrderPush;

/** The watch a page asked for, or undefined for anything else (a port carries untyped data). */
export function readWatch(message: unknown): WatchMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, uuid } = message as { type?: unknown; uuid?: unknown };
  if (type !== 'watch') return undefined;
  if (uuid === null || uuid === '') return { type, uuid: null };
  return typeof uuid === 'string' && uuid.length <= 64 ? { type, uuid } : undefined;
}

/** A push from the worker, or undefined when the message is not one. */
export function readPush(message: unknown): UpdatePush | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, cached, row } = message as { type?: unknown; cached?: unknown; row?: unknown };
  if (type !== 'order' || typeof cached !== 'object' || cached === null || typeof row !== 'object' || row === null) return undefined;
  return message as OrderPush;
}

/**
 * The update channel: each open page holds one `runtime.connect` port named
 * UPDATES_PORT. The page says which order it shows (the worker watches that one
 * while the port is open); the worker pushes every fresh copy of an order it
 * learns (its 5 s watch, the alarm poll, a list page), so pages never poll.
 */
import type { CachedOrder, CreateCheck, OrderRow } from './protocol';
import type { WireError } from './result';

export const UPDATES_PORT = 'order-updates';

/** Page → worker: the order this page shows (or null), and the unsure create attempt it shows. Sent on every (re)connect. */
export interface WatchMessage {
  type: 'watch';
  uuid: string | null;
  attempt?: string;
}

/** Worker → page: a fresh copy of one order, and its row as lists show it. */
export interface OrderPush {
  type: 'order';
  cached: CachedOrder;
  row: OrderRow;
}

/** Worker → page: the certain outcome of a create attempt that was unsure. */
export interface AttemptPush {
  type: 'attempt';
  attemptId: string;
  outcome: CreateCheck | { state: 'error'; error: WireError };
}

export type UpdatePush = OrderPush | AttemptPush;

const MAX_ID = 200;

/** The watch a page asked for, or undefined for anything else (a port carries untyped data). */
export function readWatch(message: unknown): WatchMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, uuid, attempt } = message as { type?: unknown; uuid?: unknown; attempt?: unknown };
  if (type !== 'watch') return undefined;
  if (attempt !== undefined && (typeof attempt !== 'string' || attempt === '' || attempt.length > MAX_ID)) return undefined;
  const also = typeof attempt === 'string' ? { attempt } : {};
  if (uuid === null || uuid === '') return { type, uuid: null, ...also };
  return typeof uuid === 'string' && uuid.length <= 64 ? { type, uuid, ...also } : undefined;
}

/** A push from the worker, or undefined when the message is not one. */
export function readPush(message: unknown): UpdatePush | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, cached, row, attemptId, outcome } = message as Record<string, unknown>;
  if (type === 'attempt') {
    const state = (outcome as { state?: unknown } | null)?.state;
    return typeof attemptId === 'string' && typeof state === 'string' ? (message as AttemptPush) : undefined;
  }
  if (type !== 'order' || typeof cached !== 'object' || cached === null || typeof row !== 'object' || row === null) return undefined;
  return message as OrderPush;
}

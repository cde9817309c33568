/**
 * The update channel: each open page holds one `runtime.connect` port named
 * UPDATES_PORT. The page says which order it shows (the worker watches that one
 * while the port is open), or that it follows the cashier's current order (the
 * customer display); the worker pushes every fresh copy of an order it learns
 * (its watch, the alarm poll, a list page), so pages never poll.
 */
import type { CachedOrder, CreateCheck, OrderRow } from './protocol';
import type { WireError } from './result';

export const UPDATES_PORT = 'order-updates';

/** Page → worker: the order this page shows (or null), and the unsure create attempt it shows. Sent on every (re)connect. */
export interface WatchMessage {
  type: 'watch';
  uuid: string | null;
  attempt?: string;
  /** The cashier's view of this order (the popup's order view): it becomes the current order the customer display follows. */
  current?: true;
}

/**
 * Page → worker, instead of a watch: this page (the customer display) shows whatever the
 * cashier's current order is. The worker answers with a CurrentPush now and on every change,
 * and watches the current order while the page is open.
 */
export interface FollowMessage {
  type: 'follow';
}

export type PageMessage = WatchMessage | FollowMessage;

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

/** Worker → following page: the cashier's current order (null: none yet). Its copies come as OrderPush. */
export interface CurrentPush {
  type: 'current';
  uuid: string | null;
}

export type UpdatePush = OrderPush | AttemptPush | CurrentPush;

const MAX_ID = 200;
const MAX_UUID = 64;

/** The watch a page asked for, or undefined for anything else (a port carries untyped data). */
export function readWatch(message: unknown): WatchMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, uuid, attempt, current } = message as { type?: unknown; uuid?: unknown; attempt?: unknown; current?: unknown };
  if (type !== 'watch') return undefined;
  if (attempt !== undefined && (typeof attempt !== 'string' || attempt === '' || attempt.length > MAX_ID)) return undefined;
  const also = { ...(typeof attempt === 'string' ? { attempt } : {}), ...(current === true ? { current: true as const } : {}) };
  if (uuid === null || uuid === '') return { type, uuid: null, ...also };
  return typeof uuid === 'string' && uuid.length <= MAX_UUID ? { type, uuid, ...also } : undefined;
}

/** A watch or a follow from a page, or undefined for anything else. */
export function readPageMessage(message: unknown): PageMessage | undefined {
  if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'follow') return { type: 'follow' };
  return readWatch(message);
}

/** A push from the worker, or undefined when the message is not one. */
export function readPush(message: unknown): UpdatePush | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, cached, row, attemptId, outcome, uuid } = message as Record<string, unknown>;
  if (type === 'current') {
    if (uuid === null) return { type, uuid };
    return typeof uuid === 'string' && uuid !== '' && uuid.length <= MAX_UUID ? { type, uuid } : undefined;
  }
  if (type === 'attempt') {
    const state = (outcome as { state?: unknown } | null)?.state;
    return typeof attemptId === 'string' && typeof state === 'string' ? (message as AttemptPush) : undefined;
  }
  if (type !== 'order' || typeof cached !== 'object' || cached === null || typeof row !== 'object' || row === null) return undefined;
  return message as OrderPush;
}

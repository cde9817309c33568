/**
 * The update channel: each open page holds one `runtime.connect` port named
 * UPDATES_PORT. The page says which order it shows (the worker watches that one
 * while the port is open), or that it follows the sale at the counter (the
 * customer display); the worker pushes every fresh copy of an order it learns
 * (its watch, the alarm poll, a list page), and whether WebPOS answers, so pages never poll.
 *
 * Only a created sale or an explicit "Show to customer" (ShowMessage) changes the sale at the
 * counter: showing an order in the popup never does, so an order opened from a list (another
 * till's, an old one) never reaches the customer's screen by accident.
 */
import type { CachedOrder, CreateCheck, HealthState, OrderRow } from './protocol';
import type { WireError } from './result';

export const UPDATES_PORT = 'order-updates';

/** Page → worker: the order this page shows (or null), and the unsure create attempt it shows. Sent on every (re)connect. */
export interface WatchMessage {
  type: 'watch';
  uuid: string | null;
  attempt?: string;
}

/**
 * Page → worker, instead of a watch: this page (the customer display) shows whatever the
 * cashier's current order is. The worker answers with a CurrentPush now and on every change,
 * and watches the current order while the page is open.
 */
export interface FollowMessage {
  type: 'follow';
}

/** Page → worker: the cashier pressed "Show to customer" on `uuid`: it becomes the sale at the counter. Answered with a CurrentPush. */
export interface ShowMessage {
  type: 'show';
  uuid: string;
}

export type PageMessage = WatchMessage | FollowMessage | ShowMessage;

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

/** Worker → page: whether WebPOS answers (on connect, then on every change). */
export interface HealthPush {
  type: 'health';
  state: HealthState;
  /** Epoch ms since when the state holds (e.g. offline since). */
  since: number | null;
}

export type UpdatePush = OrderPush | AttemptPush | CurrentPush | HealthPush;

const HEALTH_STATES: ReadonlySet<unknown> = new Set<HealthState>(['unknown', 'ok', 'unreachable', 'unauthorized']);

const MAX_ID = 200;
const MAX_UUID = 64;

/** The watch a page asked for, or undefined for anything else (a port carries untyped data). */
export function readWatch(message: unknown): WatchMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, uuid, attempt } = message as { type?: unknown; uuid?: unknown; attempt?: unknown };
  if (type !== 'watch') return undefined;
  if (attempt !== undefined && (typeof attempt !== 'string' || attempt === '' || attempt.length > MAX_ID)) return undefined;
  const also = typeof attempt === 'string' ? { attempt } : {};
  if (uuid === null || uuid === '') return { type, uuid: null, ...also };
  return typeof uuid === 'string' && uuid.length <= MAX_UUID ? { type, uuid, ...also } : undefined;
}

/** A watch, a follow or a show from a page, or undefined for anything else. */
export function readPageMessage(message: unknown): PageMessage | undefined {
  const { type, uuid } = (typeof message === 'object' && message !== null ? message : {}) as { type?: unknown; uuid?: unknown };
  if (type === 'follow') return { type };
  if (type === 'show') return isUuid(uuid) ? { type, uuid } : undefined;
  return readWatch(message);
}

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= MAX_UUID;
}

/** A push from the worker, or undefined when the message is not one. */
export function readPush(message: unknown): UpdatePush | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, cached, row, attemptId, outcome, uuid, state, since } = message as Record<string, unknown>;
  if (type === 'current') {
    if (uuid === null) return { type, uuid };
    return isUuid(uuid) ? { type, uuid } : undefined;
  }
  if (type === 'health') {
    if (!HEALTH_STATES.has(state) || !(since === null || (typeof since === 'number' && Number.isFinite(since)))) return undefined;
    return { type, state: state as HealthState, since };
  }
  if (type === 'attempt') {
    const state = (outcome as { state?: unknown } | null)?.state;
    return typeof attemptId === 'string' && typeof state === 'string' ? (message as AttemptPush) : undefined;
  }
  if (type !== 'order' || typeof cached !== 'object' || cached === null || typeof row !== 'object' || row === null) return undefined;
  return message as OrderPush;
}

/**
 * The parts of the popup's boot cache (boot-cache.ts), each checked on its own when
 * read, and how an answer of the worker is told apart from the part that drew the frame.
 */
import type { OrderListView, PublicSettings } from '../messaging/protocol';
import { isLocalText, text } from '../shared/local-text';
import type { WireError } from '../messaging/result';

export interface LastOrder {
  uuid: string;
  expiration: string;
}

export interface UnsureAttempt {
  attemptId: string;
  error: WireError;
  /** The order it was for (as sent, JSON): the same order pressed again reuses the attempt. */
  orderKey?: string;
}

export interface BootParts {
  settings: PublicSettings | null;
  list: { account: string; view: OrderListView } | null;
  lastOrder: LastOrder | null;
  unsure: UnsureAttempt | null;
}

export const NO_PARTS: Readonly<BootParts> = Object.freeze({ settings: null, list: null, lastOrder: null, unsure: null });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A damaged part is dropped, the others are kept. */
export function partsOf(value: unknown): BootParts {
  if (!isObject(value)) return NO_PARTS;
  return { settings: asSettings(value.settings), list: asList(value.list), lastOrder: asLastOrder(value.lastOrder), unsure: asUnsure(value.unsure) };
}

export function asSettings(value: unknown): PublicSettings | null {
  if (!isObject(value)) return null;
  const ok = (value.mode === 'sandbox' || value.mode === 'live') && typeof value.clientId === 'string' && typeof value.configured === 'boolean' &&
    typeof value.hasSecret === 'boolean' && typeof value.effectiveBaseUrl === 'string' && typeof value.notifications === 'boolean';
  return ok ? (value as unknown as PublicSettings) : null;
}

export function asList(value: unknown): BootParts['list'] {
  if (!isObject(value) || typeof value.account !== 'string' || !isObject(value.view)) return null;
  const view = value.view;
  return view.filter === 'all' && Array.isArray(view.orders) ? { account: value.account, view: view as unknown as OrderListView } : null;
}

export function asLastOrder(value: unknown): LastOrder | null {
  if (!isObject(value)) return null;
  const { uuid, expiration } = value;
  return typeof uuid === 'string' && typeof expiration === 'string' ? { uuid, expiration } : null;
}

export function asUnsure(value: unknown): UnsureAttempt | null {
  if (!isObject(value)) return null;
  const { attemptId, error, orderKey } = value;
  if (typeof attemptId !== 'string' || !isObject(error) || typeof error.code !== 'string' || typeof error.message !== 'string') return null;
  // A copy saved before errors carried their words falls back to the safe advice: look before selling again.
  const words = isLocalText(error.text) ? error.text : text('error_create_forgotten');
  const key = typeof orderKey === 'string' ? { orderKey } : {};
  return { attemptId, error: { code: error.code, message: error.message, text: words }, ...key };
}

/** Whether the worker's answer shows what the cached settings showed (the secret's last characters aside). */
export function sameAsSnapshot(snapshot: PublicSettings, settings: PublicSettings): boolean {
  return JSON.stringify({ ...settings, secretFingerprint: null }) === JSON.stringify({ ...snapshot, secretFingerprint: null });
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

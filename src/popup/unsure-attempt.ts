/**
 * The create attempt whose outcome is still unsure, remembered across popup openings:
 * a popup closed while "checking…" must keep checking when it opens again, and never
 * forget that an order may exist.
 */
import type { WireError } from '../messaging/result';
import type { KeyValueStore } from './last-order';

const KEY = 'webpos-counter.unsure-attempt';

export interface UnsureAttempt {
  attemptId: string;
  error: WireError;
}

export function rememberUnsure(store: KeyValueStore, unsure: UnsureAttempt | null): void {
  if (unsure) store.setItem(KEY, JSON.stringify(unsure));
  else store.removeItem(KEY);
}

export function readUnsure(store: KeyValueStore): UnsureAttempt | null {
  try {
    const value: unknown = JSON.parse(store.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { attemptId, error } = value as Record<string, unknown>;
    const e = error as Record<string, unknown> | null;
    if (typeof attemptId !== 'string' || typeof e?.code !== 'string' || typeof e.message !== 'string') return null;
    return { attemptId, error: { code: e.code, message: e.message } };
  } catch {
    return null;
  }
}

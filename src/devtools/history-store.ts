/**
 * The panel's last 20 checks, in storage.local under its own key (a typed item of
 * @wxt-dev/storage, the library the worker's storage uses; see background/platform/storage-items.ts).
 * Only the verdict, event, time and reason are kept: never a body, signature or secret.
 */
import { storage } from '@wxt-dev/storage';
import type { WebhookFailureReason, WebhookVerdict } from '../messaging/protocol';

export const HISTORY_KEY = 'devtools.webhookHistory';
export const HISTORY_LIMIT = 20;

export interface HistoryEntry {
  /** Epoch ms. */
  at: number;
  valid: boolean;
  signatureValid: boolean;
  event: string | null;
  reason: WebhookFailureReason | null;
}

/** What the store needs of its item (the item below fits). */
export interface HistoryItem {
  getValue(): Promise<HistoryEntry[]>;
  setValue(value: HistoryEntry[]): Promise<void>;
  removeValue(): Promise<void>;
}

/** v1 is the list as the panel has always written it. */
export function defineHistoryItem(): HistoryItem {
  return storage.defineItem<HistoryEntry[]>(`local:${HISTORY_KEY}`, { fallback: [], version: 1 });
}

export function entryFor(verdict: WebhookVerdict, at = Date.now()): HistoryEntry {
  return {
    at,
    valid: verdict.valid,
    signatureValid: verdict.signatureValid,
    event: verdict.summary?.event ?? null,
    reason: verdict.reason,
  };
}

export function createHistoryStore(item: HistoryItem = defineHistoryItem()) {
  async function list(): Promise<HistoryEntry[]> {
    try {
      const stored: unknown = await item.getValue();
      return Array.isArray(stored) ? stored.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
    } catch {
      return [];
    }
  }
  return {
    list,
    /** Newest first; returns the new list. */
    async add(entry: HistoryEntry): Promise<HistoryEntry[]> {
      const next = [entry, ...(await list())].slice(0, HISTORY_LIMIT);
      await item.setValue(next);
      return next;
    },
    async clear(): Promise<void> {
      await item.removeValue();
    },
  };
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.at === 'number' && typeof e.valid === 'boolean' && typeof e.signatureValid === 'boolean' &&
    (e.event === null || typeof e.event === 'string') && (e.reason === null || typeof e.reason === 'string');
}

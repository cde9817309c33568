/**
 * The panel's last 20 checks, in storage.local under its own key. Only the
 * verdict, event, time and reason are kept: never a body, signature or secret.
 */
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

/** The slice of `storage.local` this store uses (injectable for tests). */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
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

export function createHistoryStore(area: StorageAreaLike) {
  async function list(): Promise<HistoryEntry[]> {
    try {
      const stored = (await area.get(HISTORY_KEY))[HISTORY_KEY];
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
      await area.set({ [HISTORY_KEY]: next });
      return next;
    },
    async clear(): Promise<void> {
      await area.remove(HISTORY_KEY);
    },
  };
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.at === 'number' && typeof e.valid === 'boolean' && typeof e.signatureValid === 'boolean' &&
    (e.event === null || typeof e.event === 'string') && (e.reason === null || typeof e.reason === 'string');
}

/**
 * The last settings the worker showed this popup, kept in the popup's own
 * storage so the next opening paints at once instead of waiting for the worker.
 * It holds only what pages may see anyway, minus the secret's last characters;
 * the worker's answer replaces it a moment later.
 */
import type { PublicSettings } from '../messaging/protocol';
import type { KeyValueStore } from './last-order';

const KEY = 'webpos-counter.settings';

export function saveSettingsSnapshot(store: KeyValueStore, settings: PublicSettings): void {
  store.setItem(KEY, JSON.stringify({ ...settings, secretFingerprint: null }));
}

/** Whether the worker's answer shows what the snapshot showed (the secret's last characters aside). */
export function sameAsSnapshot(snapshot: PublicSettings, settings: PublicSettings): boolean {
  return JSON.stringify({ ...settings, secretFingerprint: null }) === JSON.stringify({ ...snapshot, secretFingerprint: null });
}

export function readSettingsSnapshot(store: KeyValueStore): PublicSettings | null {
  try {
    const value: unknown = JSON.parse(store.getItem(KEY) ?? 'null');
    return isPublicSettings(value) ? value : null;
  } catch {
    return null;
  }
}

function isPublicSettings(value: unknown): value is PublicSettings {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    (s.mode === 'sandbox' || s.mode === 'live') &&
    typeof s.clientId === 'string' &&
    typeof s.configured === 'boolean' &&
    typeof s.hasSecret === 'boolean' &&
    typeof s.effectiveBaseUrl === 'string' &&
    typeof s.notifications === 'boolean'
  );
}

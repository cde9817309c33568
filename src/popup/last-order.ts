/**
 * The last order made at this counter, remembered across popup openings: a
 * popup closes as soon as the cashier clicks elsewhere, and must then lead
 * straight back to the order the customer is still paying.
 */
const KEY = 'webpos-counter.last-order';

export interface LastOrder {
  uuid: string;
  expiration: string;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function rememberLastOrder(store: KeyValueStore, order: LastOrder): void {
  store.setItem(KEY, JSON.stringify(order));
}

export function forgetLastOrder(store: KeyValueStore, uuid?: string): void {
  if (uuid === undefined || readStored(store)?.uuid === uuid) store.removeItem(KEY);
}

/** The remembered order while it may still be paid; forgets it once expired or unreadable. */
export function readLastOrder(store: KeyValueStore, now: number): LastOrder | null {
  const stored = readStored(store);
  if (!stored || !(Date.parse(stored.expiration) > now)) {
    store.removeItem(KEY);
    return null;
  }
  return stored;
}

function readStored(store: KeyValueStore): LastOrder | null {
  try {
    const value: unknown = JSON.parse(store.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { uuid, expiration } = value as Record<string, unknown>;
    return typeof uuid === 'string' && typeof expiration === 'string' ? { uuid, expiration } : null;
  } catch {
    return null;
  }
}

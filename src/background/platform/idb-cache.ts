import { createStore, del, delMany, entries, get, set, type UseStore } from 'idb-keyval';
import type { CacheAdapter } from '../../sdk';

interface Entry {
  value: unknown;
  /** ms epoch; null when the entry never expires. */
  expiresAt: number | null;
}

/**
 * The SDK's `CacheAdapter` on IndexedDB (idb-keyval, a database of its own), so a
 * valid access token survives the service worker being stopped: a restart costs no login.
 * The worker only ever stores sealed tokens here (sealed-token-cache.ts).
 */
export class IdbCache implements CacheAdapter {
  readonly #store: UseStore;
  readonly #now: () => number;

  constructor(options: { store?: UseStore; now?: () => number } = {}) {
    this.#store = options.store ?? createStore('webpos-token-cache', 'kv');
    this.#now = options.now ?? Date.now;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const entry = await get<Entry>(key, this.#store);
    if (!entry || typeof entry !== 'object' || !('value' in entry)) return undefined;
    if (entry.expiresAt !== null && entry.expiresAt <= this.#now()) {
      await del(key, this.#store);
      return undefined;
    }
    return entry.value as T;
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const expiresAt = ttlSeconds === undefined ? null : this.#now() + ttlSeconds * 1000;
    await set(key, { value, expiresAt } satisfies Entry, this.#store);
  }

  async delete(key: string): Promise<void> {
    await del(key, this.#store);
  }

  /** Deletes every entry whose value is `unwanted` (expired or not). */
  async deleteWhere(unwanted: (value: unknown) => boolean): Promise<void> {
    const all = await entries<IDBValidKey, unknown>(this.#store);
    const keys = all.filter(([, entry]) => unwanted(typeof entry === 'object' && entry !== null && 'value' in entry ? entry.value : entry)).map(([key]) => key);
    if (keys.length > 0) await delMany(keys, this.#store);
  }
}

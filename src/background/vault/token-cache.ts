/**
 * Where the access token lives: IndexedDB when no passphrase is set (a restart of
 * the browser costs no login), `storage.session` when one is (the token is never
 * written to disk, and is gone when the browser closes).
 */
import { storage } from '@wxt-dev/storage';
import type { CacheAdapter } from '../../sdk';

interface Entry {
  value: unknown;
  expiresAt: number | null;
}

/** Each token is its own item, `session:token:<SDK cache key>` (the keys are the SDK's). */
const AREA = 'session';
const PREFIX = 'token:';
const itemKey = (key: string) => `${AREA}:${PREFIX}${key}` as const;

/** The SDK's cache on `storage.session`. */
export class SessionCache implements CacheAdapter {
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const entry: unknown = await storage.getItem<Entry>(itemKey(key));
    if (!entry || typeof entry !== 'object' || !('value' in entry)) return undefined;
    const { value, expiresAt } = entry as Entry;
    if (expiresAt !== null && expiresAt <= this.#now()) {
      await storage.removeItem(itemKey(key));
      return undefined;
    }
    return value as T;
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const expiresAt = ttlSeconds === undefined ? null : this.#now() + ttlSeconds * 1000;
    await storage.setItem<Entry>(itemKey(key), { value, expiresAt });
  }

  async delete(key: string): Promise<void> {
    await storage.removeItem(itemKey(key));
  }

  /** Drops every token kept here (on lock). */
  async clear(): Promise<void> {
    const all = await storage.snapshot(AREA);
    const keys = Object.keys(all).filter((k) => k.startsWith(PREFIX)).map((k) => `${AREA}:${k}` as const);
    await storage.removeItems(keys);
  }
}

/** Picks the token's home per call, from whether a passphrase is set now. */
export class VaultAwareCache implements CacheAdapter {
  readonly #persistent: CacheAdapter;
  readonly #session: CacheAdapter;
  readonly #vaultOn: () => Promise<boolean>;

  constructor(persistent: CacheAdapter, session: CacheAdapter, vaultOn: () => Promise<boolean>) {
    this.#persistent = persistent;
    this.#session = session;
    this.#vaultOn = vaultOn;
  }

  async #pick(): Promise<CacheAdapter> {
    return (await this.#vaultOn()) ? this.#session : this.#persistent;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.#pick()).get<T>(key);
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    return (await this.#pick()).set(key, value, ttlSeconds);
  }

  async delete(key: string): Promise<void> {
    return (await this.#pick()).delete(key);
  }
}

/**
 * Where the access token lives: IndexedDB when no passphrase is set (a restart of
 * the browser costs no login), `storage.session` when one is (the token is never
 * written to disk, and is gone when the browser closes).
 */
import type { CacheAdapter } from '../../sdk';
import type { SessionArea } from './keyring';

interface Entry {
  value: unknown;
  expiresAt: number | null;
}

const PREFIX = 'token:';

/** The SDK's cache on `storage.session`. */
export class SessionCache implements CacheAdapter {
  readonly #area: SessionArea;
  readonly #now: () => number;

  constructor(area: SessionArea, now: () => number = Date.now) {
    this.#area = area;
    this.#now = now;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const entry = (await this.#area.get(PREFIX + key))[PREFIX + key] as Entry | undefined;
    if (!entry || typeof entry !== 'object' || !('value' in entry)) return undefined;
    if (entry.expiresAt !== null && entry.expiresAt <= this.#now()) {
      await this.#area.remove(PREFIX + key);
      return undefined;
    }
    return entry.value as T;
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const expiresAt = ttlSeconds === undefined ? null : this.#now() + ttlSeconds * 1000;
    await this.#area.set({ [PREFIX + key]: { value, expiresAt } satisfies Entry });
  }

  async delete(key: string): Promise<void> {
    await this.#area.remove(PREFIX + key);
  }

  /** Drops every token kept here (on lock). */
  async clear(): Promise<void> {
    const all = await this.#area.get(null);
    const keys = Object.keys(all).filter((k) => k.startsWith(PREFIX));
    for (const key of keys) await this.#area.remove(key);
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

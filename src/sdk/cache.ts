/**
 * Where the SDK keeps its access token between calls (and, with a persistent adapter,
 * between service-worker restarts). Values are structured-clone-safe plain data.
 */
export interface CacheAdapter {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Optional: runs `task` holding an exclusive lock on `key` that every user of the same
   * store respects (e.g. all processes sharing one Redis), so they log in once between them.
   * It must still run `task` when the lock cannot be had in time (single flight is an
   * optimisation, never a reason to fail a call).
   */
  withLock?<T>(key: string, task: () => Promise<T>): Promise<T>;
}

interface Entry {
  value: unknown;
  expiresAt: number; // ms epoch; Infinity when no TTL
}

/** In-memory `CacheAdapter` with optional per-entry TTL. The default cache of a `Client`. */
export class MemoryCache implements CacheAdapter {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? Date.now;
  }

  get<T>(key: string): Promise<T | undefined> {
    const entry = this.#entries.get(key);
    if (!entry) return Promise.resolve(undefined);
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return Promise.resolve(undefined);
    }
    return Promise.resolve(entry.value as T);
  }

  set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const expiresAt = ttlSeconds === undefined ? Infinity : this.#now() + ttlSeconds * 1000;
    this.#entries.set(key, { value, expiresAt });
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.#entries.delete(key);
    return Promise.resolve();
  }

  /** Number of live entries (expired ones are not counted). */
  get size(): number {
    const now = this.#now();
    let n = 0;
    for (const entry of this.#entries.values()) if (entry.expiresAt > now) n++;
    return n;
  }

  clear(): void {
    this.#entries.clear();
  }
}

/**
 * `RedisCache`: a `CacheAdapter` on Redis (the `redis` client, an optional peer
 * dependency), so every process of a merchant's server shares one access token,
 * and a short Redis lock makes them log in once between them.
 * Published as the package's `/redis` entry, apart from the runtime-agnostic core.
 */
import { createClient } from 'redis';
import type { CacheAdapter } from './cache';

export interface RedisCacheOptions {
  /** `redis://[[user]:password@]host:port[/db]` (default `redis://127.0.0.1:6379`). */
  url?: string;
  /** Prepended to every key (default `''`). */
  keyPrefix?: string;
  /** How long a login lock lives if its holder dies (default 15 s: longer than a login). */
  lockTtlMs?: number;
  /** How long to wait for another process's login before logging in anyway (default 20 s). */
  lockWaitMs?: number;
}

type Client = ReturnType<typeof createClient>;

// Deletes the lock only if it still holds our token: never another holder's lock after ours expired.
const RELEASE_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
const POLL_MS = 20;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RedisCache implements CacheAdapter {
  readonly #client: Client;
  readonly #prefix: string;
  readonly #lockTtlMs: number;
  readonly #lockWaitMs: number;
  #connecting: Promise<Client> | undefined;

  constructor(options: RedisCacheOptions = {}) {
    this.#client = createClient({
      url: options.url ?? 'redis://127.0.0.1:6379',
      // While Redis is away, commands fail at once (a cache miss) instead of queueing until it is back.
      disableOfflineQueue: true,
      // A few quick retries (about 1.5 s), then give up: the calls go on without the cache, and
      // the next one connects again.
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => (retries >= 5 ? new Error('Redis unreachable') : 50 * 2 ** retries) },
    });
    // Without a listener an 'error' event would crash the process; the SDK treats a failing cache as a miss.
    this.#client.on('error', () => undefined);
    this.#client.on('end', () => (this.#connecting = undefined));
    this.#prefix = options.keyPrefix ?? '';
    this.#lockTtlMs = options.lockTtlMs ?? 15_000;
    this.#lockWaitMs = options.lockWaitMs ?? 20_000;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await (await this.#ready()).get(this.#prefix + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const client = await this.#ready();
    const json = JSON.stringify(value);
    if (ttlSeconds === undefined) await client.set(this.#prefix + key, json);
    else await client.set(this.#prefix + key, json, { expiration: { type: 'PX', value: Math.max(1, Math.ceil(ttlSeconds * 1000)) } });
  }

  async delete(key: string): Promise<void> {
    await (await this.#ready()).del(this.#prefix + key);
  }

  /**
   * Runs `task` holding `SET key <random token> NX PX lockTtlMs`, released only if still ours.
   * Waiters poll for the lock; past `lockWaitMs`, or if Redis fails, `task` runs anyway.
   */
  async withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const lockKey = this.#prefix + key;
    const token = crypto.randomUUID();
    const deadline = Date.now() + this.#lockWaitMs;
    let held = false;
    try {
      const client = await this.#ready();
      for (;;) {
        held = (await client.set(lockKey, token, { condition: 'NX', expiration: { type: 'PX', value: this.#lockTtlMs } })) === 'OK';
        if (held || Date.now() >= deadline) break;
        await sleep(POLL_MS + Math.random() * POLL_MS);
      }
    } catch {
      // Redis unavailable (held is still false): no single flight, but the call goes on.
    }
    try {
      return await task();
    } finally {
      if (held) await this.#release(lockKey, token);
    }
  }

  /** Closes the connection (a process holding one does not exit on its own). */
  async close(): Promise<void> {
    const connecting = this.#connecting;
    this.#connecting = undefined;
    if (connecting && this.#client.isOpen) await this.#client.close();
  }

  async #release(lockKey: string, token: string): Promise<void> {
    try {
      await this.#client.eval(RELEASE_SCRIPT, { keys: [lockKey], arguments: [token] });
    } catch {
      // The lock expires on its own after lockTtlMs.
    }
  }

  #ready(): Promise<Client> {
    if (!this.#connecting) {
      const connecting = this.#client.connect().then(() => this.#client);
      connecting.catch(() => {
        if (this.#connecting === connecting) this.#connecting = undefined; // try again on the next call
      });
      this.#connecting = connecting;
    }
    return this.#connecting;
  }
}

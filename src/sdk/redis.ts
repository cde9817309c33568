/**
 * `RedisCache`: a `CacheAdapter` on Redis (the `redis` client, an optional peer
 * dependency), so every process of a merchant's server shares one access token,
 * and a short Redis lock makes them log in once between them. It survives Redis
 * going away and coming back (see redis-connection.ts): meanwhile every read is a
 * miss and each process keeps its own token in memory.
 * Published as the package's `/redis` entry, apart from the runtime-agnostic core,
 * with `RedisIdempotencyStore` for processing each callback once.
 */
import type { CacheAdapter } from './cache';
import { RedisConnection, type RedisConnectionOptions } from './redis-connection';

export { RedisIdempotencyStore, type RedisIdempotencyStoreOptions } from './redis-idempotency';
export { RedisUnavailableError, type RedisConnectionOptions } from './redis-connection';

export interface RedisCacheOptions extends RedisConnectionOptions {
  /** Prepended to every key (default `''`). */
  keyPrefix?: string;
  /** How long a login lock lives if its holder dies (default 15 s: longer than a login). */
  lockTtlMs?: number;
  /** How long to wait for another process's login before logging in anyway (default 20 s). */
  lockWaitMs?: number;
}

// Deletes the lock only if it still holds our token: never another holder's lock after ours expired.
const RELEASE_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
const POLL_MS = 20;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RedisCache implements CacheAdapter {
  readonly #redis: RedisConnection;
  readonly #prefix: string;
  readonly #lockTtlMs: number;
  readonly #lockWaitMs: number;

  constructor(options: RedisCacheOptions = {}) {
    this.#redis = new RedisConnection(options);
    this.#prefix = options.keyPrefix ?? '';
    this.#lockTtlMs = options.lockTtlMs ?? 15_000;
    this.#lockWaitMs = options.lockWaitMs ?? 20_000;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await (await this.#redis.ready()).get(this.#prefix + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const client = await this.#redis.ready();
    const json = JSON.stringify(value);
    if (ttlSeconds === undefined) await client.set(this.#prefix + key, json);
    else await client.set(this.#prefix + key, json, { expiration: { type: 'PX', value: Math.max(1, Math.ceil(ttlSeconds * 1000)) } });
  }

  async delete(key: string): Promise<void> {
    await (await this.#redis.ready()).del(this.#prefix + key);
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
      for (;;) {
        const client = await this.#redis.ready();
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

  /** Closes the connection and stops reconnecting (a process holding one does not exit on its own). */
  close(): Promise<void> {
    return this.#redis.close();
  }

  async #release(lockKey: string, token: string): Promise<void> {
    try {
      await this.#redis.readyNow()?.eval(RELEASE_SCRIPT, { keys: [lockKey], arguments: [token] });
    } catch {
      // The lock expires on its own after lockTtlMs.
    }
  }
}

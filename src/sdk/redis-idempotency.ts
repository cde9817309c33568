/**
 * `RedisIdempotencyStore`: remembers handled callbacks in Redis, so that every process of a
 * server processes each callback once. A claim is `SET key processing:<token> NX PX ttl`;
 * completion and release touch the key only while it holds that token (Lua, atomic).
 * While Redis is unreachable a claim fails (the server answers 5xx and WebPOS resends later)
 * rather than risk running a handler twice.
 */
import type { IdempotencyClaim, IdempotencyStore } from './callback-once';
import { RedisConnection, type RedisConnectionOptions } from './redis-connection';

export interface RedisIdempotencyStoreOptions extends RedisConnectionOptions {
  /** Prepended to every key (default `''`). */
  keyPrefix?: string;
}

const PROCESSING = 'processing:';
const DONE = 'done';
// Marks done only the claim we hold, or a key nobody holds any more (our claim expired and no one took it).
const COMPLETE_SCRIPT = `local v = redis.call("get", KEYS[1])
if v == ARGV[1] or v == false then redis.call("set", KEYS[1], "${DONE}", "PX", ARGV[2]) return 1 end
return 0`;
const RELEASE_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export class RedisIdempotencyStore implements IdempotencyStore {
  readonly #redis: RedisConnection;
  readonly #prefix: string;

  constructor(options: RedisIdempotencyStoreOptions = {}) {
    this.#redis = new RedisConnection(options);
    this.#prefix = options.keyPrefix ?? '';
  }

  async claim(key: string, ttlSeconds: number): Promise<IdempotencyClaim> {
    const client = await this.#redis.ready();
    const token = crypto.randomUUID();
    const ttlMs = Math.max(1, Math.ceil(ttlSeconds * 1000));
    const set = await client.set(this.#prefix + key, PROCESSING + token, { condition: 'NX', expiration: { type: 'PX', value: ttlMs } });
    if (set === 'OK') return { status: 'claimed', token };
    const current = await client.get(this.#prefix + key);
    if (current === DONE) return { status: 'done' };
    // Still processing, or the claim expired between the two commands: either way, not ours now.
    return { status: 'in_progress' };
  }

  async complete(key: string, token: string, ttlSeconds: number): Promise<void> {
    const client = await this.#redis.ready();
    const ttlMs = String(Math.max(1, Math.ceil(ttlSeconds * 1000)));
    await client.eval(COMPLETE_SCRIPT, { keys: [this.#prefix + key], arguments: [PROCESSING + token, ttlMs] });
  }

  async release(key: string, token: string): Promise<void> {
    const client = await this.#redis.ready();
    await client.eval(RELEASE_SCRIPT, { keys: [this.#prefix + key], arguments: [PROCESSING + token] });
  }

  /** Closes the connection (a process holding one does not exit on its own). */
  close(): Promise<void> {
    return this.#redis.close();
  }
}

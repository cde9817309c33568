/**
 * One node-redis connection that never gives up: it reconnects with capped, jittered backoff for
 * as long as the process lives, and while Redis is away every command fails at once (no offline
 * queue), so the SDK carries on without Redis instead of waiting for it. A client closed anyway
 * (by the library, say) is replaced by a new one on the next use.
 */
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

export interface RedisConnectionOptions {
  /** `redis://[[user]:password@]host:port[/db]` (default `redis://127.0.0.1:6379`). */
  url?: string;
  /** The longest pause between two reconnection attempts (default 2000 ms). */
  reconnectMaxDelayMs?: number;
  /** How long the first use waits for the first connection before going on without Redis (default 2000 ms). */
  connectWaitMs?: number;
}

/** Thrown for a command while Redis is unreachable (callers treat it as a cache miss). */
export class RedisUnavailableError extends Error {
  constructor(message = 'Redis is not reachable right now') {
    super(message);
    this.name = 'RedisUnavailableError';
  }
}

/** The delay before reconnection attempt `retries`: doubling from 50 ms, capped, with jitter so a fleet does not reconnect in step. */
export function reconnectDelayMs(retries: number, maxDelayMs: number): number {
  const ceiling = Math.min(maxDelayMs, 50 * 2 ** Math.min(retries, 20));
  return Math.max(10, Math.round(ceiling / 2 + (Math.random() * ceiling) / 2));
}

export class RedisConnection {
  readonly #url: string;
  readonly #maxDelayMs: number;
  readonly #connectWaitMs: number;
  #client: RedisClient | undefined;
  /** Settles when the current client's first connection is made, or when waiting for it is over. */
  #firstConnect: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(options: RedisConnectionOptions = {}) {
    this.#url = options.url ?? 'redis://127.0.0.1:6379';
    this.#maxDelayMs = options.reconnectMaxDelayMs ?? 2000;
    this.#connectWaitMs = options.connectWaitMs ?? 2000;
  }

  /** The client when it is connected; `RedisUnavailableError` otherwise (after the first connection's short wait). */
  async ready(): Promise<RedisClient> {
    if (this.#closed) throw new RedisUnavailableError('The Redis connection was closed');
    const client = this.#client?.isOpen ? this.#client : this.#open();
    if (client.isReady) return client;
    await this.#firstConnect;
    if (client.isReady) return client;
    throw new RedisUnavailableError();
  }

  /** The client if it is connected right now, without waiting or connecting. */
  readyNow(): RedisClient | undefined {
    return this.#client?.isReady ? this.#client : undefined;
  }

  /** Closes the connection and stops reconnecting (a process holding one does not exit on its own). */
  async close(): Promise<void> {
    this.#closed = true;
    const client = this.#client;
    this.#client = undefined;
    if (!client?.isOpen) return;
    try {
      if (client.isReady) await client.close();
      else client.destroy();
    } catch {
      client.destroy();
    }
  }

  #open(): RedisClient {
    this.#client?.destroy();
    const client: RedisClient = createClient({
      url: this.#url,
      // While Redis is away, commands fail at once instead of queueing until it is back.
      disableOfflineQueue: true,
      // A number, never an Error or false: either of those would close the client for good.
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => reconnectDelayMs(retries, this.#maxDelayMs) },
    });
    // Without a listener an 'error' event would crash the process; a failing Redis is a miss.
    client.on('error', () => undefined);
    this.#client = client;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.#connectWaitMs)));
    const connected = client.connect().then(
      () => undefined,
      () => undefined,
    );
    this.#firstConnect = Promise.race([connected, waited]).finally(() => clearTimeout(timer));
    return client;
  }
}

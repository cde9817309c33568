/**
 * Processing each callback once. WebPOS resends a callback until it gets a 2xx (and the
 * sandbox's resend button makes that routine), so a server sees the same delivery more than
 * once. A callback is identified by its order, its event and the SHA-256 of its raw body; a
 * server claims that key before running its handler, marks it done afterwards, and releases
 * it when the handler fails so that the next delivery can process it.
 */
import { bytesToBase64 } from './base64';
import type { CallbackEvent } from './schemas';

/** What a claim found. */
export type IdempotencyClaim =
  /** Ours: run the handler, then `complete` (or `release` when it failed). `token` identifies this claim. */
  | { status: 'claimed'; token: string }
  /** Already handled: acknowledge without running the handler again. */
  | { status: 'done' }
  /** Another delivery of the same callback is being handled right now (possibly by another process). */
  | { status: 'in_progress' };

/**
 * Where handled callbacks are remembered. `MemoryIdempotencyStore` serves one process;
 * `RedisIdempotencyStore` (`@webpos-counter/sdk/redis`) every process of a server.
 */
export interface IdempotencyStore {
  /** Atomically claims `key` for `ttlSeconds` unless it is claimed or done. */
  claim(key: string, ttlSeconds: number): Promise<IdempotencyClaim>;
  /** Records `key` as handled for `ttlSeconds`. */
  complete(key: string, token: string, ttlSeconds: number): Promise<void>;
  /** Gives up the claim `token` (only that one), so the next delivery can process the callback. */
  release(key: string, token: string): Promise<void>;
}

export interface CallbackOnceOptions {
  /** How long a claim protects a running handler before another delivery may take over (default 300 s). */
  claimTtlSeconds?: number;
  /** How long a handled callback is remembered (default 7 days). */
  doneTtlSeconds?: number;
}

/** What `handleOnce` did with a delivery. */
export type CallbackOutcome =
  /** The handler ran and succeeded: answer 2xx. */
  | { outcome: 'processed'; event: CallbackEvent }
  /** Handled before: answer 2xx, the handler did not run. */
  | { outcome: 'duplicate'; event: CallbackEvent }
  /** Being handled by another delivery right now: answer non-2xx (e.g. 409) so WebPOS resends it later. */
  | { outcome: 'in_progress'; event: CallbackEvent };

export const DEFAULT_CLAIM_TTL_SECONDS = 300;
export const DEFAULT_DONE_TTL_SECONDS = 7 * 24 * 3600;

/** `webpos:callback:<order uuid>:<event>:<base64 SHA-256 of the raw body>`. */
export async function callbackKey(event: CallbackEvent, body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return `webpos:callback:${event.object.uuid}:${event.event}:${bytesToBase64(digest)}`;
}

/** Runs `onEvent` for `event` unless the store says this callback was (or is being) handled. */
export async function processOnce(
  store: IdempotencyStore,
  key: string,
  event: CallbackEvent,
  onEvent: (event: CallbackEvent) => unknown,
  options: CallbackOnceOptions = {},
): Promise<CallbackOutcome> {
  const claim = await store.claim(key, options.claimTtlSeconds ?? DEFAULT_CLAIM_TTL_SECONDS);
  if (claim.status === 'done') return { outcome: 'duplicate', event };
  if (claim.status === 'in_progress') return { outcome: 'in_progress', event };
  try {
    await onEvent(event);
  } catch (error) {
    await store.release(key, claim.token).catch(() => undefined); // else the claim expires on its own
    throw error;
  }
  // The handler succeeded: failing to record it now would only let a later resend run it again.
  await store.complete(key, claim.token, options.doneTtlSeconds ?? DEFAULT_DONE_TTL_SECONDS).catch(() => undefined);
  return { outcome: 'processed', event };
}

interface Entry {
  state: 'processing' | 'done';
  token: string;
  expiresAt: number;
}

/** The default store: one process's memory, bounded (the oldest entries are forgotten first). */
export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: { maxEntries?: number; now?: () => number } = {}) {
    this.#maxEntries = options.maxEntries ?? 100_000;
    this.#now = options.now ?? Date.now;
  }

  claim(key: string, ttlSeconds: number): Promise<IdempotencyClaim> {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > this.#now()) return Promise.resolve({ status: entry.state === 'done' ? 'done' : 'in_progress' });
    const token = crypto.randomUUID();
    this.#put(key, { state: 'processing', token, expiresAt: this.#now() + ttlSeconds * 1000 });
    return Promise.resolve({ status: 'claimed', token });
  }

  complete(key: string, token: string, ttlSeconds: number): Promise<void> {
    this.#put(key, { state: 'done', token, expiresAt: this.#now() + ttlSeconds * 1000 });
    return Promise.resolve();
  }

  release(key: string, token: string): Promise<void> {
    const entry = this.#entries.get(key);
    if (entry?.state === 'processing' && entry.token === token) this.#entries.delete(key);
    return Promise.resolve();
  }

  #put(key: string, entry: Entry): void {
    this.#entries.delete(key); // re-inserted last: Map order is age order
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}

import { base64ToBytes, bytesToBase64 } from './base64';
import { callbackKey, MemoryIdempotencyStore, processOnce, type CallbackOnceOptions, type CallbackOutcome, type IdempotencyStore } from './callback-once';
import { CallbackError } from './errors';
import { requireSecret, trimHeaderWhitespace } from './header-value';
import { parseWith } from './parse';
import { CALLBACK_EVENTS, CallbackBodySchema, type CallbackEvent } from './schemas';

/** The signature header (matched case-insensitively). */
export const SIGNATURE_HEADER = 'chainside-signature';
/** Callbacks larger than this are rejected before any hashing. */
export const MAX_CALLBACK_BODY_BYTES = 1024 * 1024;
const SIGNATURE_BYTES = 64; // HMAC-SHA512

/** The one-line hint carried by `invalid_signature` errors. */
export const INVALID_SIGNATURE_HINT =
  'Pass the raw body bytes as received (not re-serialized JSON) and this account\'s secret; explainSignatureMismatch(secret, rawBody, signature) names the likely cause.';

/** WebCrypto's CryptoKey, named from the API itself so both DOM and Node typings supply it. */
type HmacKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

// Importing a key costs a digest and an import; callers verify many bodies with one secret.
const KEY_CACHE_LIMIT = 16;
const keyCache = new Map<string, Promise<HmacKey>>();

/** The HMAC-SHA512 key for a secret: SHA-256 of its UTF-8 bytes, as 32 raw bytes. */
export function importCallbackKey(secret: string): Promise<HmacKey> {
  const hit = keyCache.get(secret);
  if (hit) return hit;
  const created = (async () => {
    const digest = await crypto.subtle.digest('SHA-256', encoder.encode(secret));
    return crypto.subtle.importKey('raw', digest, { name: 'HMAC', hash: 'SHA-512' }, false, ['sign', 'verify']);
  })();
  if (keyCache.size >= KEY_CACHE_LIMIT) {
    const oldest = keyCache.keys().next().value;
    if (oldest !== undefined) keyCache.delete(oldest);
  }
  keyCache.set(secret, created);
  created.catch(() => keyCache.delete(secret));
  return created;
}

function toBytes(rawBody: string | Uint8Array): Uint8Array<ArrayBuffer> {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  // WebCrypto wants an ArrayBuffer-backed view; a SharedArrayBuffer-backed one is copied.
  return rawBody.buffer instanceof ArrayBuffer ? (rawBody as Uint8Array<ArrayBuffer>) : new Uint8Array(rawBody);
}

// Encoding a 1 MiB string into a reused buffer is several times faster than TextEncoder.encode,
// which allocates and zero-fills a new one each time.
const SCRATCH_MAX = 3 * MAX_CALLBACK_BODY_BYTES + 3;
let scratch: Uint8Array<ArrayBuffer> | undefined;

/**
 * The body's bytes. For strings this may be a view of a shared scratch buffer: the caller must
 * hand it to WebCrypto in the same tick (sign/verify copy their input before returning, as the
 * WebCrypto spec requires) and must not keep it.
 */
function transientBytes(rawBody: string | Uint8Array): Uint8Array<ArrayBuffer> {
  if (typeof rawBody !== 'string') return toBytes(rawBody);
  const need = rawBody.length * 3;
  if (need > SCRATCH_MAX) return encoder.encode(rawBody);
  if (!scratch || scratch.length < need) scratch = new Uint8Array(Math.min(SCRATCH_MAX, Math.max(need, 64 * 1024)));
  const { written } = encoder.encodeInto(rawBody, scratch);
  return scratch.subarray(0, written);
}

function verifyBytes(key: HmacKey, body: Uint8Array<ArrayBuffer>, signature: Uint8Array<ArrayBuffer>): Promise<boolean> {
  // subtle.verify compares in constant time.
  return crypto.subtle.verify('HMAC', key, signature, body);
}

/** base64(HMAC-SHA512(SHA-256(secret), rawBody)): the value of the `chainside-signature` header. */
export async function computeSignature(secret: string, rawBody: string | Uint8Array): Promise<string> {
  requireSecret(secret);
  const key = await importCallbackKey(secret);
  const mac = await crypto.subtle.sign('HMAC', key, transientBytes(rawBody));
  return bytesToBase64(new Uint8Array(mac));
}

/**
 * True when `signature` is the valid signature of the raw body bytes. False for malformed
 * signatures. Throws a `ConfigError` when the secret is empty or not a string.
 */
export async function verifySignature(secret: string, rawBody: string | Uint8Array, signature: string): Promise<boolean> {
  requireSecret(secret);
  const sig = typeof signature === 'string' ? base64ToBytes(trimHeaderWhitespace(signature)) : undefined;
  if (!sig || sig.length !== SIGNATURE_BYTES) return false;
  const key = await importCallbackKey(secret);
  return verifyBytes(key, transientBytes(rawBody), sig);
}

/** Headers as a Fetch `Headers`, a Node `IncomingHttpHeaders`-like record, or name/value pairs. */
export type HeadersLike =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | Iterable<readonly [string, string]>;

function isHeaders(h: unknown): h is Headers {
  return typeof h === 'object' && h !== null && typeof (h as Headers).get === 'function' && typeof (h as Headers).has === 'function';
}

/** A header value as given, or `malformed` when it is neither a string nor an array of strings. */
type HeaderValues = string[] | 'malformed';

function collect(out: string[], value: unknown): boolean {
  if (typeof value === 'string') {
    out.push(value);
    return true;
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    out.push(...value);
    return true;
  }
  return false;
}

/**
 * Every value of a header, looked up case-insensitively. Headers are caller input as much as the
 * body is: anything that is not a headers object, a record or an iterable of pairs, and any value
 * that is not a string, is reported as malformed instead of throwing a TypeError.
 */
function headerValues(headers: unknown, name: string): HeaderValues {
  if (isHeaders(headers)) {
    const value = headers.get(name);
    return value === null ? [] : [value];
  }
  if (headers === null || headers === undefined) return [];
  if (typeof headers !== 'object') return 'malformed';
  const out: string[] = [];
  if (Symbol.iterator in headers) {
    for (const pair of headers as Iterable<unknown>) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string') return 'malformed';
      if (pair[0].toLowerCase() === name && !collect(out, pair[1])) return 'malformed';
    }
    return out;
  }
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    if (!collect(out, value)) return 'malformed';
  }
  return out;
}

export interface CallbacksHandlerOptions extends CallbackOnceOptions {
  secret: string;
  /** Defaults to `MAX_CALLBACK_BODY_BYTES` (1 MiB). */
  maxBodyBytes?: number;
  /**
   * Where `handleOnce` remembers handled callbacks (default: a `MemoryIdempotencyStore` of this
   * handler; use `RedisIdempotencyStore` from `@webpos-counter/sdk/redis` for several processes).
   */
  idempotencyStore?: IdempotencyStore;
}

/**
 * Verifies and parses webhook callbacks. Fails closed: anything but an authentic,
 * well-formed, known event throws a `CallbackError` with a `reason`.
 */
export class CallbacksHandler {
  readonly #secret: string;
  readonly #maxBodyBytes: number;
  readonly #store: IdempotencyStore;
  readonly #onceOptions: CallbackOnceOptions;

  constructor(options: CallbacksHandlerOptions) {
    requireSecret(options?.secret);
    this.#secret = options.secret;
    this.#maxBodyBytes = options.maxBodyBytes ?? MAX_CALLBACK_BODY_BYTES;
    this.#store = options.idempotencyStore ?? new MemoryIdempotencyStore();
    this.#onceOptions = { claimTtlSeconds: options.claimTtlSeconds, doneTtlSeconds: options.doneTtlSeconds };
  }

  /**
   * `parse`, then runs `onEvent` unless this callback (same order, event and body bytes) was
   * already handled or is being handled by another delivery. Throws what `parse` throws, and
   * what `onEvent` throws (after releasing the claim, so that a resend can process it).
   * Answer 2xx for `processed` and `duplicate`, non-2xx (e.g. 409) for `in_progress`.
   */
  async handleOnce(headers: HeadersLike, rawBody: string | Uint8Array, onEvent: (event: CallbackEvent) => unknown): Promise<CallbackOutcome> {
    const event = await this.parse(headers, rawBody);
    const key = await callbackKey(event, typeof rawBody === 'string' ? encoder.encode(rawBody) : toBytes(rawBody));
    return processOnce(this.#store, key, event, onEvent, this.#onceOptions);
  }

  async parse(headers: HeadersLike, rawBody: string | Uint8Array): Promise<CallbackEvent> {
    if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
      // Typically a body already parsed by a JSON middleware: its bytes, and so the signature, are lost.
      throw new CallbackError('invalid_json', 'Pass the raw body exactly as received (a string or a Uint8Array), not a parsed object');
    }
    // A string longer than the limit in UTF-16 units is longer in UTF-8 bytes too: skip encoding it.
    if (typeof rawBody === 'string' && rawBody.length > this.#maxBodyBytes) throw this.#tooLarge();
    if (typeof rawBody !== 'string' && rawBody.byteLength > this.#maxBodyBytes) throw this.#tooLarge();

    const values = headerValues(headers, SIGNATURE_HEADER);
    if (values === 'malformed') {
      throw new CallbackError('malformed_signature', `The headers are not readable: pass a Headers object or a record of strings`);
    }
    if (values.length === 0 || trimHeaderWhitespace(values[0] ?? '') === '') {
      throw new CallbackError('missing_signature', `Missing ${SIGNATURE_HEADER} header`);
    }
    if (values.length > 1) {
      throw new CallbackError('malformed_signature', `More than one ${SIGNATURE_HEADER} header`);
    }
    const sig = base64ToBytes(trimHeaderWhitespace(values[0] ?? ''));
    if (!sig || sig.length !== SIGNATURE_BYTES) {
      throw new CallbackError('malformed_signature', `${SIGNATURE_HEADER} is not a base64 HMAC-SHA512 (64 bytes)`);
    }
    const key = await importCallbackKey(this.#secret);
    // No await between encoding and verify: the bytes may live in the shared scratch buffer.
    const body = transientBytes(rawBody);
    if (body.byteLength > this.#maxBodyBytes) throw this.#tooLarge();
    if (!(await verifyBytes(key, body, sig))) {
      throw new CallbackError('invalid_signature', 'Callback signature does not match the body', undefined, INVALID_SIGNATURE_HINT);
    }

    let data: unknown;
    try {
      data = JSON.parse(typeof rawBody === 'string' ? rawBody : decoder.decode(rawBody));
    } catch {
      throw new CallbackError('invalid_json', 'Callback body is not valid UTF-8 JSON');
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new CallbackError('invalid_json', 'Callback body is not a JSON object');
    }
    const event = (data as Record<string, unknown>).event;
    if (typeof event !== 'string' || !(CALLBACK_EVENTS as readonly string[]).includes(event)) {
      throw new CallbackError('unknown_event', `Unknown callback event ${JSON.stringify(event)}`);
    }
    const result = parseWith(CallbackBodySchema, data);
    if (!result.success) {
      const issues = result.issues;
      const fields = [...new Set(issues.map((i) => i.field || 'body'))];
      throw new CallbackError(
        'schema_mismatch',
        `Callback ${event} does not match its schema: ${issues.map((i) => `${i.field || 'body'} (${i.rule})`).join('; ')}`,
        fields,
      );
    }
    return result.output;
  }

  /** Verifies a signature with this handler's secret. */
  verify(rawBody: string | Uint8Array, signature: string): Promise<boolean> {
    return verifySignature(this.#secret, rawBody, signature);
  }

  #tooLarge(): CallbackError {
    return new CallbackError('body_too_large', `Callback body is larger than ${this.#maxBodyBytes} bytes`);
  }
}

import { MemoryCache, type CacheAdapter } from './cache';
import { ConfigError } from './errors';
import { requireSecret } from './header-value';

import { HOSTS, MODES, type Mode } from './constants';

export { HOSTS, MODES, type Mode } from './constants';

export const DEFAULT_TIMEOUT_SECONDS = 10;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientConfig {
  /** Defaults to `live`. */
  mode?: Mode;
  clientId: string;
  secret: string;
  /** Overrides the mode's host, e.g. `http://127.0.0.1:8787`. */
  baseUrl?: string;
  http?: {
    /** Seconds per HTTP request (default 10). */
    timeout?: number;
  };
  /** Token cache (default: a new `MemoryCache`). */
  cache?: CacheAdapter;
  /** Custom fetch (default: `globalThis.fetch`, looked up at call time). */
  fetch?: FetchLike;
}

export interface ResolvedConfig {
  readonly mode: Mode;
  readonly clientId: string;
  readonly secret: string;
  readonly baseUrl: string;
  readonly timeoutSeconds: number;
  readonly cache: CacheAdapter;
  readonly fetch: FetchLike;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Validates a config once, at construction; throws `ConfigError` naming the bad key. */
export function resolveConfig(config: unknown): ResolvedConfig {
  if (!isRecord(config)) throw new ConfigError('config', 'must be an object');

  const mode = config.mode ?? 'live';
  if (typeof mode !== 'string' || !MODES.includes(mode as Mode)) {
    throw new ConfigError('mode', `must be one of ${MODES.join(', ')} (got ${JSON.stringify(mode)})`);
  }

  const clientId = config.clientId;
  if (typeof clientId !== 'string' || clientId.trim() === '') throw new ConfigError('clientId', 'is required');
  if (clientId.includes(':')) throw new ConfigError('clientId', 'must not contain ":"');

  const secret = config.secret;
  requireSecret(secret);

  let baseUrl = HOSTS[mode as Mode];
  if (config.baseUrl !== undefined && config.baseUrl !== null && config.baseUrl !== '') {
    if (typeof config.baseUrl !== 'string') throw new ConfigError('baseUrl', 'must be a string');
    let url: URL;
    try {
      url = new URL(config.baseUrl);
    } catch {
      throw new ConfigError('baseUrl', `is not a valid URL (${JSON.stringify(config.baseUrl)})`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new ConfigError('baseUrl', `must be an http(s) URL (got ${url.protocol})`);
    }
    if (url.username || url.password) throw new ConfigError('baseUrl', 'must not contain credentials');
    if (url.search || url.hash) throw new ConfigError('baseUrl', 'must not contain a query or fragment');
    baseUrl = url.origin + url.pathname.replace(/\/+$/, '');
  }

  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  if (config.http !== undefined) {
    if (!isRecord(config.http)) throw new ConfigError('http', 'must be an object');
    const t = config.http.timeout;
    if (t !== undefined) {
      if (typeof t !== 'number' || !Number.isFinite(t) || t <= 0) {
        throw new ConfigError('http.timeout', 'must be a positive number of seconds');
      }
      timeoutSeconds = t;
    }
  }

  let cache: CacheAdapter;
  if (config.cache === undefined) {
    cache = new MemoryCache();
  } else {
    const c = config.cache;
    if (!isRecord(c) || typeof c.get !== 'function' || typeof c.set !== 'function' || typeof c.delete !== 'function') {
      throw new ConfigError('cache', 'must implement get, set and delete');
    }
    cache = c as unknown as CacheAdapter;
  }

  let fetchFn: FetchLike;
  if (config.fetch === undefined) {
    // Looked up per call so a fetch installed (or stubbed) after construction is used.
    fetchFn = (input, init) => globalThis.fetch(input, init);
  } else {
    if (typeof config.fetch !== 'function') throw new ConfigError('fetch', 'must be a function');
    fetchFn = config.fetch as FetchLike;
  }

  return Object.freeze({ mode: mode as Mode, clientId, secret, baseUrl, timeoutSeconds, cache, fetch: fetchFn });
}

import type { ResolvedConfig } from './config';
import type { HttpTransport } from './http';
import { ClientCredentialsLoginResponseSchema, type ClientCredentialsLoginResponse } from './schemas';

/** What the token cache holds: plain, structured-clone-safe data. */
export interface CachedToken {
  accessToken: string;
  /** ms since epoch after which the token is treated as expired (safety margin applied). */
  expiresAt: number;
}

/** Seconds shaved off `expires_in`: 10% of the lifetime, at most 60 s. */
export function safetyMarginSeconds(expiresIn: number): number {
  return Math.min(60, expiresIn * 0.1);
}

function isCachedToken(value: unknown): value is CachedToken {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return typeof t.accessToken === 'string' && t.accessToken !== '' && typeof t.expiresAt === 'number';
}

/**
 * Owns the access token: logs in lazily, keeps the token in memory and in the
 * `CacheAdapter` (so it survives a service-worker restart), and makes concurrent
 * callers share one login.
 */
export class TokenManager {
  readonly cacheKey: string;
  readonly #config: ResolvedConfig;
  readonly #http: HttpTransport;
  readonly #basicAuth: string;
  readonly #now: () => number;
  #token: CachedToken | undefined;
  #pending: Promise<CachedToken> | undefined;
  /** The last token the server refused: never adopted from the shared cache again. */
  #rejected: string | undefined;

  constructor(config: ResolvedConfig, http: HttpTransport, basicAuth: string, now: () => number = Date.now) {
    this.#config = config;
    this.#http = http;
    this.#basicAuth = basicAuth;
    this.#now = now;
    // Namespaced so that another mode, server or account never picks up this token.
    this.cacheKey = `webpos:token:${config.mode}:${config.baseUrl}:${config.clientId}`;
  }

  /** The in-memory token if it is still valid (no promise, no cache read). */
  peek(): string | undefined {
    const t = this.#token;
    return t !== undefined && t.expiresAt > this.#now() ? t.accessToken : undefined;
  }

  /** A valid access token, from memory, the cache, or one shared login. */
  getToken(): Promise<string> {
    const t = this.#token;
    if (t !== undefined && t.expiresAt > this.#now()) return Promise.resolve(t.accessToken);
    return (this.#pending ??= this.#track(this.#fromCacheOrLogin())).then((tok) => tok.accessToken);
  }

  /** Logs in now (even with a valid token) and caches the result. Concurrent getToken() calls join it. */
  async login(): Promise<ClientCredentialsLoginResponse> {
    let response!: ClientCredentialsLoginResponse;
    const run = this.#track(
      this.#loginRaw().then(async (res) => {
        response = res;
        return this.#store(res);
      }),
    );
    this.#pending = run;
    await run;
    return response;
  }

  /**
   * Forgets `accessToken` if it is the current one (after the server called it expired).
   * The shared cache entry is dropped only while it still holds that token, under the
   * cache's lock when it has one, so a token another process just stored survives.
   */
  async invalidate(accessToken: string): Promise<void> {
    if (this.#token?.accessToken !== accessToken) return;
    this.#token = undefined;
    this.#rejected = accessToken;
    const dropIfStale = async (): Promise<void> => {
      const cached = await this.#config.cache.get<CachedToken>(this.cacheKey);
      if (!isCachedToken(cached) || cached.accessToken === accessToken) await this.#config.cache.delete(this.cacheKey);
    };
    try {
      await this.#exclusive(dropIfStale);
    } catch {
      // A failing cache must not fail the call; the memory copy is already gone.
    }
  }

  /** Drops the token from memory and cache (e.g. when credentials change). */
  async clear(): Promise<void> {
    this.#token = undefined;
    try {
      await this.#config.cache.delete(this.cacheKey);
    } catch {
      // Best effort.
    }
  }

  #track(p: Promise<CachedToken>): Promise<CachedToken> {
    const tracked: Promise<CachedToken> = p.finally(() => {
      if (this.#pending === tracked) this.#pending = undefined;
    });
    return tracked;
  }

  async #fromCacheOrLogin(): Promise<CachedToken> {
    const cached = await this.#readCache();
    if (cached) return cached;
    if (!this.#config.cache.withLock) return this.#store(await this.#loginRaw());
    // Under the cache's lock (one per Redis, say), look again: another process may have logged in meanwhile.
    return this.#exclusive(async () => (await this.#readCache()) ?? this.#store(await this.#loginRaw()));
  }

  /** Runs `task` under the cache's cross-process lock when it offers one, else directly. */
  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const cache = this.#config.cache;
    return cache.withLock ? cache.withLock(`${this.cacheKey}:lock`, task) : task();
  }

  /** The cached token when it is usable (valid, and not the one the server refused), adopted into memory. */
  async #readCache(): Promise<CachedToken | undefined> {
    let cached: unknown;
    try {
      cached = await this.#config.cache.get<CachedToken>(this.cacheKey);
    } catch {
      return undefined; // An unreadable cache is a miss.
    }
    if (!isCachedToken(cached) || cached.expiresAt <= this.#now() || cached.accessToken === this.#rejected) return undefined;
    this.#token = { accessToken: cached.accessToken, expiresAt: cached.expiresAt };
    this.#http.addSensitive(cached.accessToken);
    return this.#token;
  }

  #loginRaw(): Promise<ClientCredentialsLoginResponse> {
    return this.#http.request({
      method: 'POST',
      path: '/token',
      form: { grant_type: 'client_credentials', scope: '*' },
      authorization: this.#basicAuth,
      schema: ClientCredentialsLoginResponseSchema,
      what: 'login',
    });
  }

  async #store(res: ClientCredentialsLoginResponse): Promise<CachedToken> {
    this.#http.addSensitive(res.access_token);
    if (res.id_token) this.#http.addSensitive(res.id_token);
    const ttl = Math.max(0, res.expires_in - safetyMarginSeconds(res.expires_in));
    const token: CachedToken = { accessToken: res.access_token, expiresAt: this.#now() + ttl * 1000 };
    this.#token = token;
    try {
      await this.#config.cache.set<CachedToken>(this.cacheKey, token, ttl);
    } catch {
      // The memory copy still serves this client; only restarts lose it.
    }
    return token;
  }
}

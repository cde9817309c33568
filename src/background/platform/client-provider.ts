import { Client, type CacheAdapter, type FetchLike } from '../../sdk';
import { optionalPermissionFor } from '../../shared/hosts';
import { AppError, notConfigured } from './errors';
import { text } from '../../shared/local-text';
import { effectiveBaseUrl, isLocked, secretUsable, type StoredSettings } from '../settings/settings';
import { lockedError, type SettingsStore } from '../settings/settings-store';

/** Whether the browser lets the extension reach an origin pattern (permissions.contains). */
export type PermissionCheck = (originPattern: string) => Promise<boolean>;

export function permissionDenied(baseUrl: string): AppError {
  const host = new URL(baseUrl).host;
  return new AppError(
    'permission_denied',
    text('error_permission_denied', host),
  );
}

/** Refuses a custom host the browser has not granted. */
export async function assertHostAllowed(settings: StoredSettings, allowed: PermissionCheck): Promise<void> {
  const pattern = optionalPermissionFor(effectiveBaseUrl(settings));
  if (pattern && !(await allowed(pattern))) throw permissionDenied(effectiveBaseUrl(settings));
}

export function buildClient(settings: StoredSettings, cache: CacheAdapter, fetchFn?: FetchLike): Client {
  return new Client({
    ...(fetchFn ? { fetch: fetchFn } : {}),
    mode: settings.mode,
    clientId: settings.clientId,
    secret: settings.secret,
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    http: { timeout: settings.timeoutSeconds },
    cache,
  });
}

/** The SDK client of the current settings: built on first use, rebuilt when they change. */
export class ClientProvider {
  readonly #settings: SettingsStore;
  readonly #cache: CacheAdapter;
  readonly #allowed: PermissionCheck;
  readonly #fetch: FetchLike | undefined;
  #current: { key: string; client: Promise<Client> } | undefined;

  /** `fetchFn`: what the clients fetch with (the worker's reads the server's Date header). */
  constructor(settings: SettingsStore, cache: CacheAdapter, allowed: PermissionCheck, fetchFn?: FetchLike) {
    this.#fetch = fetchFn;
    this.#settings = settings;
    this.#cache = cache;
    this.#allowed = allowed;
  }

  async get(): Promise<Client> {
    const s = await this.#settings.load();
    if (isLocked(s)) throw lockedError();
    if (!s.clientId || !s.secret) throw notConfigured();
    if (!secretUsable(s)) {
      // Storage edited behind the options page's back: the secret is never sent to another origin.
      throw new AppError(
        'not_configured',
        text('error_secret_bound'),
      );
    }
    const key = JSON.stringify([s.mode, s.baseUrl, s.clientId, s.secret, s.timeoutSeconds]);
    if (this.#current?.key !== key) {
      const client = assertHostAllowed(s, this.#allowed).then(() => buildClient(s, this.#cache, this.#fetch));
      this.#current = { key, client };
      client.catch(() => {
        if (this.#current?.client === client) this.#current = undefined;
      });
    }
    return this.#current.client;
  }

  invalidate(): void {
    this.#current = undefined;
  }
}

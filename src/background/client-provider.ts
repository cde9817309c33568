import { Client, type CacheAdapter } from '../sdk';
import { optionalPermissionFor } from '../shared/hosts';
import { AppError, notConfigured } from './errors';
import { effectiveBaseUrl, type SettingsStore, type StoredSettings } from './settings';

/** Whether the browser lets the extension reach an origin pattern (permissions.contains). */
export type PermissionCheck = (originPattern: string) => Promise<boolean>;

export function permissionDenied(baseUrl: string): AppError {
  const host = new URL(baseUrl).host;
  return new AppError(
    'permission_denied',
    `The extension is not allowed to contact ${host}. Press Save on the options page and allow access when the browser asks.`,
  );
}

/** Refuses a custom host the browser has not granted. */
export async function assertHostAllowed(settings: StoredSettings, allowed: PermissionCheck): Promise<void> {
  const pattern = optionalPermissionFor(effectiveBaseUrl(settings));
  if (pattern && !(await allowed(pattern))) throw permissionDenied(effectiveBaseUrl(settings));
}

export function buildClient(settings: StoredSettings, cache: CacheAdapter): Client {
  return new Client({
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
  #current: { key: string; client: Promise<Client> } | undefined;

  constructor(settings: SettingsStore, cache: CacheAdapter, allowed: PermissionCheck) {
    this.#settings = settings;
    this.#cache = cache;
    this.#allowed = allowed;
  }

  async get(): Promise<Client> {
    const s = await this.#settings.load();
    if (!s.clientId || !s.secret) throw notConfigured();
    const key = JSON.stringify([s.mode, s.baseUrl, s.clientId, s.secret, s.timeoutSeconds]);
    if (this.#current?.key !== key) {
      const client = assertHostAllowed(s, this.#allowed).then(() => buildClient(s, this.#cache));
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

/** The options page's messages: read, save and test the settings. Saving and testing are the manager's. */
import { MemoryCache, type Client } from '../../sdk';
import type { SettingsMessages } from '../../messaging/protocol';
import type { HandlersFor } from '../../messaging/router';
import { assertHostAllowed, buildClient, type ClientProvider, type PermissionCheck } from '../platform/client-provider';
import type { HealthTracker } from '../platform/health';
import type { RoleTable } from '../roles/rules';
import { newPassphrase } from '../vault/new-passphrase';
import { accountKey, applyForm, effectiveBaseUrl, isLocked, toPublic, type StoredSettings } from './settings';
import { lockedError, type SettingsStore } from './settings-store';

export interface SettingsHandlerDeps {
  settings: SettingsStore;
  clients: Pick<ClientProvider, 'invalidate'>;
  health: Pick<HealthTracker, 'reset'>;
  hostAllowed: PermissionCheck;
  /** Drops every cached token (a new secret, a new account). */
  clearTokens: () => Promise<void>;
  /** Empties order cache, outbox and health for a new account. */
  resetAccount: (account: string) => Promise<void>;
  /** A new account: the order the worker watched belongs to the old one. */
  stopWatching: () => void;
  /** Badge and polling follow a change of settings. */
  refreshIndicators: () => Promise<void>;
  /** Secrets seen in this worker life, scrubbed from every error. */
  rememberSecret: (secret: string) => void;
}

export const settingsRules = {
  'settings.get': 'anyone',
  'settings.save': 'manager',
  'settings.test': 'manager',
} satisfies RoleTable<keyof SettingsMessages>;

export function createSettingsHandlers(deps: SettingsHandlerDeps): HandlersFor<keyof SettingsMessages> {
  const { settings } = deps;
  return {
    'settings.get': async () => toPublic(await settings.load()),

    'settings.save': async (form) => {
      const stored = await settings.load();
      if (isLocked(stored)) throw lockedError();
      const passphrase = newPassphrase(form, stored);
      const next = applyForm(form, stored);
      deps.rememberSecret(next.secret);
      await settings.save(next, passphrase === undefined ? {} : { passphrase });
      // The token at rest moves to session storage with the passphrase: none stays on disk.
      if (passphrase !== undefined) await deps.clearTokens();
      deps.clients.invalidate();
      if (accountKey(stored) !== accountKey(next)) {
        await deps.clearTokens();
        await deps.resetAccount(accountKey(next));
        deps.stopWatching();
      } else if (stored.secret !== next.secret) {
        await deps.clearTokens();
        await deps.health.reset();
      }
      await deps.refreshIndicators();
      return toPublic(await settings.load());
    },

    'settings.test': async (form) => {
      const stored = await settings.load();
      if (isLocked(stored) && form?.secret === '') throw lockedError();
      if (typeof form?.secret === 'string' && form.secret !== '') deps.rememberSecret(form.secret);
      const candidate: StoredSettings = applyForm(form, stored);
      await assertHostAllowed(candidate, deps.hostAllowed);
      // A throwaway client: testing never touches the stored token or the health of the saved account.
      const client: Client = buildClient(candidate, new MemoryCache());
      const login = await client.clientCredentialsLogin();
      const baseUrl = effectiveBaseUrl(candidate);
      return { mode: candidate.mode, host: new URL(baseUrl).host, baseUrl, tokenExpiresInSeconds: login.expires_in };
    },
  };
}

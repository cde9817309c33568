/**
 * The worker's security parts in one place: the vault's keyring and its unlock
 * throttle, the manager PIN's role store and throttle, and where the token is kept.
 */
import { clear, createStore } from 'idb-keyval';
import { IdbCache } from './idb-cache';
import { storedSecretAllowed } from './roles/guard';
import { createRoleHandlers } from './roles/handlers';
import { RoleStore } from './roles/role-store';
import type { SettingsStore } from './settings-store';
import { createVaultHandlers } from './vault/handlers';
import { Keyring, type SessionArea } from './vault/keyring';
import { SessionCache, VaultAwareCache } from './vault/token-cache';
import { UnlockThrottle, type ThrottleState } from './vault/unlock-throttle';

export interface SecurityAreas {
  /** `storage.local`: the PIN hash and the throttles' counts (they survive a browser restart). */
  local: SessionArea;
  /** `storage.session`: the unlocked key, the manager's session and, with a passphrase, the token. */
  session: SessionArea;
}

function throttleIn(area: SessionArea, key: string): UnlockThrottle {
  return new UnlockThrottle({
    load: async () => (await area.get(key))[key] as ThrottleState | undefined,
    save: (state) => (state ? area.set({ [key]: state }) : area.remove(key)),
  });
}

export function createSecurity(areas: SecurityAreas) {
  const keyring = new Keyring(areas.session);
  const roles = new RoleStore(areas.local, areas.session);
  return {
    keyring,
    roles,
    /** IndexedDB without a passphrase, session storage with one; `clear` drops both. */
    tokenCache(vaultOn: () => Promise<boolean>) {
      const store = createStore('webpos-token-cache', 'kv');
      const session = new SessionCache(areas.session);
      return {
        cache: new VaultAwareCache(new IdbCache({ store }), session, vaultOn),
        clear: async () => {
          await clear(store);
          await session.clear();
        },
      };
    },
    handlerDeps(deps: {
      settings: SettingsStore;
      mode: () => Promise<'sandbox' | 'live'>;
      rememberSecret: (secret: string) => void;
      onLockChanged: () => Promise<void>;
    }) {
      return {
        vault: createVaultHandlers({ settings: deps.settings, keyring, throttle: throttleIn(areas.local, 'vaultThrottle'), onLockChanged: deps.onLockChanged, rememberSecret: deps.rememberSecret }),
        roles: createRoleHandlers(roles, throttleIn(areas.local, 'pinThrottle')),
        storedSecretAllowed: async () => storedSecretAllowed(roles, await deps.mode()),
      };
    },
  };
}

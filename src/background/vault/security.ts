/**
 * The worker's security parts in one place: the vault's keyring and its unlock
 * throttle, the manager PIN's role store and throttle, and where the token is kept.
 */
import { clear, createStore } from 'idb-keyval';
import { IdbCache } from '../platform/idb-cache';
import { storedSecretAllowed } from '../roles/guard';
import { createRoleHandlers } from '../roles/handlers';
import { RoleStore } from '../roles/role-store';
import type { SettingsStore } from '../settings/settings-store';
import { createVaultHandlers } from './handlers';
import type { StoredItem, WorkerItems } from '../platform/storage-items';
import { Keyring } from './keyring';
import type { PinRecord } from '../roles/pin';
import { SessionCache, VaultAwareCache } from './token-cache';
import { UnlockThrottle, type ThrottleState } from './unlock-throttle';

/** The PIN item may be the policy's (src/background/policy/managed-pin.ts). */
export type SecurityItems = Pick<WorkerItems, 'vaultKey' | 'managerUntil' | 'vaultThrottle' | 'pinThrottle'> & { managerPin: StoredItem<PinRecord | null> };

export function throttleIn(item: StoredItem<ThrottleState | null>): UnlockThrottle {
  return new UnlockThrottle({
    load: async () => (await item.getValue()) ?? undefined,
    save: (state) => (state ? item.setValue(state) : item.removeValue()),
  });
}

export function createSecurity(items: SecurityItems) {
  const keyring = new Keyring(items.vaultKey);
  const roles = new RoleStore(items);
  return {
    keyring,
    roles,
    /** IndexedDB without a passphrase, session storage with one; `clear` drops both. */
    tokenCache(vaultOn: () => Promise<boolean>) {
      const store = createStore('webpos-token-cache', 'kv');
      const session = new SessionCache();
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
        vault: createVaultHandlers({ settings: deps.settings, keyring, throttle: throttleIn(items.vaultThrottle), onLockChanged: deps.onLockChanged, rememberSecret: deps.rememberSecret }),
        roles: createRoleHandlers(roles, throttleIn(items.pinThrottle)),
        storedSecretAllowed: async () => storedSecretAllowed(roles, await deps.mode()),
      };
    },
  };
}

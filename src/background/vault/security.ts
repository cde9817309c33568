/**
 * The worker's security parts in one place: the vault's keyring and its unlock
 * throttle, the manager PIN's role store and throttle, and where the token is kept.
 */
import { clear, createStore } from 'idb-keyval';
import { deviceSealer } from './device-sealer';
import { IdbCache } from '../platform/idb-cache';
import { SealedCache } from './sealed-token-cache';
import { SecretAtRest } from './secret-at-rest';
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
export type SecurityItems = Pick<WorkerItems, 'vaultKey' | 'managerUntil' | 'vaultThrottle' | 'pinThrottle' | 'secretSeal'> & { managerPin: StoredItem<PinRecord | null> };

const throttles = new WeakMap<StoredItem<ThrottleState | null>, UnlockThrottle>();

/** The throttle of a stored count: one per item, so that its tries queue behind one another. */
export function throttleIn(item: StoredItem<ThrottleState | null>): UnlockThrottle {
  let throttle = throttles.get(item);
  if (!throttle) {
    throttle = new UnlockThrottle({
      load: async () => (await item.getValue()) ?? undefined,
      save: (state) => (state ? item.setValue(state) : item.removeValue()),
    });
    throttles.set(item, throttle);
  }
  return throttle;
}

export function createSecurity(items: SecurityItems) {
  const keyring = new Keyring(items.vaultKey);
  const roles = new RoleStore(items);
  const sealer = deviceSealer();
  return {
    keyring,
    roles,
    /** The secret without a passphrase, sealed under the profile's device key. */
    secretAtRest: new SecretAtRest(items.secretSeal, sealer),
    /** IndexedDB (sealed) without a passphrase, session storage with one; `clear` drops both. */
    tokenCache(vaultOn: () => Promise<boolean>) {
      const store = createStore('webpos-token-cache', 'kv');
      const session = new SessionCache();
      return {
        cache: new VaultAwareCache(new SealedCache(new IdbCache({ store }), sealer), session, vaultOn),
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

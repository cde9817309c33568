/**
 * Every value the worker keeps in extension storage, each a typed item with its
 * default and its version. Old shapes are upgraded by the item's migrations when the
 * worker starts; readers still check what they get (storage can be edited by hand).
 *
 * Library: @wxt-dev/storage (WXT's storage package, usable without WXT). Compared with
 * `webext-storage` (typed items and defaults, but no versions or migrations, and it calls
 * the `chrome` global only) and `@webext-core/storage` (a typed schema, but no defaults
 * or migrations, last release 2024, and it bundles its own webextension-polyfill 0.10),
 * it is the one with defaults *and* versioned migrations, is released often, supports
 * Chrome and Firefox (it uses `browser` where Firefox has it, else `chrome`, so it sits
 * beside webextension-polyfill on the same areas), and runs in a service worker.
 */
import { storage } from '@wxt-dev/storage';
import type { HealthRecord } from './health';
import { UNKNOWN_HEALTH } from './health';
import type { PinRecord } from '../roles/pin';
import { DEFAULT_SETTINGS, normalizeStored, type StoredSettings } from '../settings/settings';
import type { PlayedRecord } from '../sound/played-store';
import type { DeviceSealed } from '../vault/device-sealer';
import { SecretAtRest } from '../vault/secret-at-rest';
import type { ExportedKey } from '../vault/sealed-secret';
import type { ThrottleState } from '../vault/unlock-throttle';

/** What the worker's stores need of an item (a @wxt-dev/storage item fits). */
export interface StoredItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
}

/**
 * Settings v1 were written without a version (and, before secrets were bound, without
 * `secretFor`; with a passphrase, maybe beside a stale plaintext secret). v2 is the
 * normalized shape: every field present, the binding filled in, no plaintext beside a seal.
 */
export function migrateSettingsToV2(v1: unknown): StoredSettings {
  return normalizeStored(v1);
}

/**
 * v3 keeps no secret in the clear: a plaintext one (every release before) is sealed into
 * `local:secretSeal` first, and the settings are written back with `secret: ''` — the
 * v1→v2→v3 chain runs in memory and writes once, so the plaintext is never written again.
 */
export async function migrateSettingsToV3(v2: unknown, atRest: SecretAtRest): Promise<StoredSettings> {
  const settings = normalizeStored(v2);
  if (settings.secret !== '' && !settings.vault) await atRest.write(settings.secret, { clientId: settings.clientId, secretFor: settings.secretFor });
  return { ...settings, secret: '' };
}

export function defineWorkerItems() {
  /** `storage.local`: the secret without a passphrase, sealed under the profile's device key (secret-at-rest.ts). */
  const secretSeal = storage.defineItem<DeviceSealed>('local:secretSeal', { version: 1 });
  return {
    secretSeal,
    /** `storage.local`: the settings; the secret is never in them, only sealed beside them or in `vault`. */
    settings: storage.defineItem<StoredSettings>('local:settings', {
      fallback: DEFAULT_SETTINGS,
      version: 3,
      migrations: { 2: migrateSettingsToV2, 3: (v2: unknown) => migrateSettingsToV3(v2, new SecretAtRest(secretSeal)) },
    }),
    /** `storage.local`: the manager PIN's hash and the throttles' counts survive a browser restart. */
    managerPin: storage.defineItem<PinRecord>('local:managerPin', { version: 1 }),
    vaultThrottle: storage.defineItem<ThrottleState>('local:vaultThrottle', { version: 1 }),
    pinThrottle: storage.defineItem<ThrottleState>('local:pinThrottle', { version: 1 }),
    /** `storage.session` (memory only, gone with the browser): the unlocked key and the manager's session. */
    vaultKey: storage.defineItem<ExportedKey>('session:vaultKey', { version: 1 }),
    managerUntil: storage.defineItem<number>('session:managerUntil', { version: 1 }),
    /** `storage.session`: whether WebPOS answers, so a restarted worker still knows. */
    health: storage.defineItem<HealthRecord>('session:health', { fallback: UNKNOWN_HEALTH, version: 1 }),
    /** `storage.local`: which order states already sounded, so none sounds twice (even after a restart). */
    soundsPlayed: storage.defineItem<PlayedRecord>('local:soundsPlayed', { fallback: {}, version: 1 }),
    /** `storage.session`: the order the cashier last showed or created, which the customer display follows. */
    currentOrder: storage.defineItem<string>('session:currentOrder', { version: 1 }),
    /** `storage.session`: the cashier chosen for this shift; survives a popup close, cleared by a lock. */
    cashier: storage.defineItem<string>('session:cashier', { version: 1 }),
  };
}

export type WorkerItems = ReturnType<typeof defineWorkerItems>;

/**
 * Reads and writes the settings item (`local:settings`, see storage-items.ts), and keeps a
 * memory copy between calls. The plaintext secret is never written: with a passphrase it is
 * sealed under the passphrase's key (`vault`, opened with the session's key); without one,
 * under the profile's device key beside the settings (secret-at-rest.ts).
 */
import { storage } from '@wxt-dev/storage';
import { AppError } from '../platform/errors';
import { text } from '../../shared/local-text';
import type { DeviceSealed } from '../vault/device-sealer';
import { SecretAtRest } from '../vault/secret-at-rest';
import { normalizeStored, type StoredSettings } from './settings';
import type { StoredItem } from '../platform/storage-items';
import type { Keyring } from '../vault/keyring';
import { newKey, open, seal, type SealContext } from '../vault/sealed-secret';

export function lockedError(): AppError {
  return new AppError('locked', text('error_locked'));
}

export const sealContext = (s: Pick<StoredSettings, 'clientId' | 'secretFor'>): SealContext => ({ clientId: s.clientId, secretFor: s.secretFor });

function hasPlaintextSecret(raw: unknown): boolean {
  const secret = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).secret : undefined;
  return typeof secret === 'string' && secret !== '';
}

export class SettingsStore {
  readonly #item: Pick<StoredItem<StoredSettings>, 'getValue' | 'setValue'>;
  readonly #keyring: Keyring | null;
  readonly #onLoad: ((settings: StoredSettings) => void) | undefined;
  readonly #atRest: SecretAtRest;
  #cached: Promise<StoredSettings> | undefined;

  /**
   * `onLoad` sees every copy read (the worker learns the secret to scrub from errors);
   * `atRest` keeps the secret without a passphrase (by default in `local:secretSeal`).
   */
  constructor(
    item: Pick<StoredItem<StoredSettings>, 'getValue' | 'setValue'>,
    keyring: Keyring | null = null,
    options: { onLoad?: (settings: StoredSettings) => void; atRest?: SecretAtRest } = {},
  ) {
    this.#item = item;
    this.#keyring = keyring;
    this.#onLoad = options.onLoad;
    this.#atRest = options.atRest ?? new SecretAtRest(storage.defineItem<DeviceSealed>('local:secretSeal'));
  }

  /** The settings, with the secret opened when unlocked ('' while locked). */
  load(): Promise<StoredSettings> {
    this.#cached ??= this.#read().then((settings) => (this.#onLoad?.(settings), settings)).catch((error: unknown) => {
      this.#cached = undefined;
      throw error;
    });
    return this.#cached;
  }

  /** The settings exactly as stored (a sealed secret stays sealed). */
  async loadStored(): Promise<StoredSettings> {
    return normalizeStored(await this.#item.getValue());
  }

  async #read(): Promise<StoredSettings> {
    const raw: unknown = await this.#item.getValue();
    const stored = normalizeStored(raw);
    // Written in the clear by an older release, or by hand: sealed now, as a save would.
    if (hasPlaintextSecret(raw) && !stored.vault) {
      const plain = { ...stored, secret: (raw as { secret: string }).secret };
      await this.save(plain);
      return plain;
    }
    // A stale plaintext beside a passphrase seal is never used: only dropped.
    if (hasPlaintextSecret(raw)) await this.#item.setValue(stored);
    if (!stored.vault) return { ...stored, secret: (await this.#atRest.read(sealContext(stored))) ?? '' };
    // A device seal beside a passphrase seal (the browser stopped between the two writes of a save).
    if (await this.#atRest.has()) await this.#atRest.remove();
    if (!this.#keyring) return stored;
    const key = await this.#keyring.get();
    const secret = key ? await open(key, stored.vault, sealContext(stored)) : null;
    return { ...stored, secret: secret ?? '' };
  }

  /**
   * Saves `next` (whose `secret` is the plaintext); the settings item always gets `secret: ''`.
   * A `passphrase` seals the secret under a new key in this same write, and an existing
   * passphrase seal is renewed with the session's key; the device seal is then dropped.
   * Without a passphrase the device seal is written first: a browser stopped between the two
   * writes leaves a seal that does not open for the old settings, so the secret is asked
   * again; never a secret sent where it was not saved for.
   */
  async save(next: StoredSettings, options: { passphrase?: string } = {}): Promise<void> {
    let toWrite: StoredSettings;
    if (options.passphrase !== undefined || next.vault) {
      if (!this.#keyring) throw new Error('A passphrase needs a keyring.');
      const key = options.passphrase !== undefined ? await newKey(options.passphrase) : await this.#keyring.get();
      if (!key) throw lockedError();
      toWrite = { ...next, secret: '', vault: await seal(key, next.secret, sealContext(next)) };
      await this.#item.setValue(toWrite);
      await this.#keyring.set(key);
      await this.#atRest.remove();
    } else {
      await this.#atRest.write(next.secret, sealContext(next));
      toWrite = { ...next, secret: '' };
      await this.#item.setValue(toWrite);
    }
    this.#cached = Promise.resolve({ ...toWrite, secret: next.secret });
  }

  /** Forgets the memory copy (storage or the lock changed elsewhere). */
  invalidate(): void {
    this.#cached = undefined;
  }
}

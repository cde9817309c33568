/**
 * Reads and writes the settings item (`local:settings`, see storage-items.ts), and keeps a
 * memory copy between calls. With a passphrase, the secret is sealed before anything
 * is written (the plaintext never reaches disk) and opened with the session's key.
 */
import { AppError } from '../platform/errors';
import { text } from '../../shared/local-text';
import { normalizeStored, type StoredSettings } from './settings';
import type { StoredItem } from '../platform/storage-items';
import type { Keyring } from '../vault/keyring';
import { newKey, open, seal, type SealContext } from '../vault/sealed-secret';

export function lockedError(): AppError {
  return new AppError('locked', text('error_locked'));
}

export const sealContext = (s: Pick<StoredSettings, 'clientId' | 'secretFor'>): SealContext => ({ clientId: s.clientId, secretFor: s.secretFor });

export class SettingsStore {
  readonly #item: Pick<StoredItem<StoredSettings>, 'getValue' | 'setValue'>;
  readonly #keyring: Keyring | null;
  readonly #onLoad: ((settings: StoredSettings) => void) | undefined;
  #cached: Promise<StoredSettings> | undefined;

  /** `onLoad` sees every copy read (the worker learns the secret to scrub from errors). */
  constructor(item: Pick<StoredItem<StoredSettings>, 'getValue' | 'setValue'>, keyring: Keyring | null = null, options: { onLoad?: (settings: StoredSettings) => void } = {}) {
    this.#item = item;
    this.#keyring = keyring;
    this.#onLoad = options.onLoad;
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
    const stored = await this.loadStored();
    if (!stored.vault || !this.#keyring) return stored;
    const key = await this.#keyring.get();
    const secret = key ? await open(key, stored.vault, sealContext(stored)) : null;
    return { ...stored, secret: secret ?? '' };
  }

  /**
   * Saves `next` (whose `secret` is the plaintext). A `passphrase` seals the secret under a
   * new key in this same write; an existing seal is renewed with the session's key.
   */
  async save(next: StoredSettings, options: { passphrase?: string } = {}): Promise<void> {
    let toWrite = next;
    if (options.passphrase !== undefined || next.vault) {
      if (!this.#keyring) throw new Error('A passphrase needs a keyring.');
      const key = options.passphrase !== undefined ? await newKey(options.passphrase) : await this.#keyring.get();
      if (!key) throw lockedError();
      toWrite = { ...next, secret: '', vault: await seal(key, next.secret, sealContext(next)) };
      await this.#item.setValue(toWrite);
      await this.#keyring.set(key);
    } else {
      await this.#item.setValue(toWrite);
    }
    this.#cached = Promise.resolve({ ...toWrite, secret: next.secret });
  }

  /** Forgets the memory copy (storage or the lock changed elsewhere). */
  invalidate(): void {
    this.#cached = undefined;
  }
}

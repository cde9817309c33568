/**
 * Holds the unlocked vault key for this browser session: in memory, and in
 * `storage.session` (kept in memory by the browser, never written to disk) so that
 * a restarted service worker stays unlocked until the browser itself closes.
 */
import type { StoredItem } from '../platform/storage-items';
import { exportKey, importKey, type ExportedKey, type SealedSecret, type UnlockedKey } from './sealed-secret';

export class Keyring {
  readonly #item: StoredItem<ExportedKey | null>;
  #memory: Promise<UnlockedKey | null> | undefined;

  /** `item`: the `session:vaultKey` storage item. */
  constructor(item: StoredItem<ExportedKey | null>) {
    this.#item = item;
  }

  get(): Promise<UnlockedKey | null> {
    this.#memory ??= this.#item.getValue().then(async (value: unknown) => {
      const stored = value as { raw?: unknown; kdf?: unknown } | null;
      if (!stored || typeof stored.raw !== 'string' || typeof stored.kdf !== 'object' || stored.kdf === null) return null;
      return importKey({ raw: stored.raw, kdf: stored.kdf as SealedSecret['kdf'] }).catch(() => null);
    });
    return this.#memory;
  }

  async set(key: UnlockedKey): Promise<void> {
    await this.#item.setValue(await exportKey(key));
    this.#memory = Promise.resolve(key);
  }

  async clear(): Promise<void> {
    this.#memory = Promise.resolve(null);
    await this.#item.removeValue();
  }
}

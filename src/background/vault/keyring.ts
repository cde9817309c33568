/**
 * Holds the unlocked vault key for this browser session: in memory, and in
 * `storage.session` (kept in memory by the browser, never written to disk) so that
 * a restarted service worker stays unlocked until the browser itself closes.
 */
import { exportKey, importKey, type SealedSecret, type UnlockedKey } from './sealed-secret';

const KEY = 'vaultKey';

/** The part of `storage.session` the keyring needs. */
export interface SessionArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export class Keyring {
  readonly #area: SessionArea;
  #memory: Promise<UnlockedKey | null> | undefined;

  constructor(area: SessionArea) {
    this.#area = area;
  }

  get(): Promise<UnlockedKey | null> {
    this.#memory ??= this.#area.get(KEY).then(async (items) => {
      const stored = items[KEY] as { raw?: unknown; kdf?: unknown } | undefined;
      if (!stored || typeof stored.raw !== 'string' || typeof stored.kdf !== 'object' || stored.kdf === null) return null;
      return importKey({ raw: stored.raw, kdf: stored.kdf as SealedSecret['kdf'] }).catch(() => null);
    });
    return this.#memory;
  }

  async set(key: UnlockedKey): Promise<void> {
    await this.#area.set({ [KEY]: await exportKey(key) });
    this.#memory = Promise.resolve(key);
  }

  async clear(): Promise<void> {
    this.#memory = Promise.resolve(null);
    await this.#area.remove(KEY);
  }
}

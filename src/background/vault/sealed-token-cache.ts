/**
 * The access token on disk (IndexedDB, no passphrase) only ever sealed by the device sealer,
 * for the SDK cache key it belongs to. An entry that is not a seal (written in the clear by
 * an older release, or damaged) is deleted, never used: the next call logs in again.
 */
import type { CacheAdapter } from '../../sdk';
import { asDeviceSealed, type DeviceSealer } from './device-sealer';

const purpose = (key: string) => `webpos-counter/token/v1\u0000${key}`;

/** The persistent cache under the seal, with a way to drop entries it did not seal. */
export interface SealableCache extends CacheAdapter {
  deleteWhere(unwanted: (value: unknown) => boolean): Promise<void>;
}

export class SealedCache implements CacheAdapter {
  readonly #inner: SealableCache;
  readonly #sealer: DeviceSealer;
  #swept: Promise<void> | undefined;

  constructor(inner: SealableCache, sealer: DeviceSealer) {
    this.#inner = inner;
    this.#sealer = sealer;
  }

  /** Once per worker life, before the first use: tokens an older release kept in the clear go. */
  #sweep(): Promise<void> {
    this.#swept ??= this.#inner.deleteWhere((value) => asDeviceSealed(value) === null).catch(() => (this.#swept = undefined));
    return this.#swept;
  }

  async get<T>(key: string): Promise<T | undefined> {
    await this.#sweep();
    const stored = await this.#inner.get<unknown>(key);
    if (stored === undefined) return undefined;
    const sealed = asDeviceSealed(stored);
    const plain = sealed ? await this.#sealer.open(sealed, purpose(key)) : null;
    if (plain === null) {
      await this.#inner.delete(key);
      return undefined;
    }
    return JSON.parse(plain) as T;
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    await this.#sweep();
    await this.#inner.set(key, await this.#sealer.seal(JSON.stringify(value), purpose(key)), ttlSeconds);
  }

  async delete(key: string): Promise<void> {
    await this.#inner.delete(key);
  }
}

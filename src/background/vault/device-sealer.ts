/**
 * Seals what the worker keeps on disk without a passphrase (the secret, the access token)
 * with AES-256-GCM under a key made on this browser profile: generated non-extractable by
 * WebCrypto and kept in IndexedDB by structured clone, so no script can read its bytes and
 * the sealed values in `storage.local` and IndexedDB are useless without the profile's own
 * database beside them. It keeps the plaintext off disk; it is no substitute for a
 * passphrase (see the README's security model).
 */
import { createStore, get, update, type UseStore } from 'idb-keyval';
import { base64ToBytes, bytesToBase64 } from '../../sdk/base64';

export interface DeviceSealed {
  v: 1;
  iv: string;
  data: string;
}

const KEY_NAME = 'aes-gcm-256';
const IV_BYTES = 12;
const encoder = new TextEncoder();

function isDeviceKey(value: unknown): value is CryptoKey {
  return (
    typeof CryptoKey !== 'undefined' &&
    value instanceof CryptoKey &&
    value.algorithm.name === 'AES-GCM' &&
    !value.extractable &&
    value.usages.includes('encrypt') &&
    value.usages.includes('decrypt')
  );
}

/** A stored value read back as a device seal, or null (damaged storage never crashes). */
export function asDeviceSealed(value: unknown): DeviceSealed | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  return v.v === 1 && typeof v.iv === 'string' && typeof v.data === 'string' ? { v: 1, iv: v.iv, data: v.data } : null;
}

export class DeviceSealer {
  readonly #store: UseStore;
  #key: Promise<CryptoKey> | undefined;

  constructor(store: UseStore = createStore('webpos-device-key', 'kv')) {
    this.#store = store;
  }

  /** The profile's key, made on first use. Two workers racing keep the one written first. */
  #deviceKey(): Promise<CryptoKey> {
    this.#key ??= (async () => {
      const found: unknown = await get(KEY_NAME, this.#store);
      if (isDeviceKey(found)) return found;
      const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      await update<unknown>(KEY_NAME, (old) => (isDeviceKey(old) ? old : fresh), this.#store);
      const kept: unknown = await get(KEY_NAME, this.#store);
      if (!isDeviceKey(kept)) throw new Error('The device key could not be kept in IndexedDB.');
      return kept;
    })();
    this.#key.catch(() => (this.#key = undefined));
    return this.#key;
  }

  /** `plain` sealed for `purpose` (additional data: opening it for anything else fails). */
  async seal(plain: string, purpose: string): Promise<DeviceSealed> {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(purpose) }, await this.#deviceKey(), encoder.encode(plain));
    return { v: 1, iv: bytesToBase64(iv), data: bytesToBase64(new Uint8Array(data)) };
  }

  /** The plaintext, or null when the seal was altered, made for another purpose or under another profile's key. */
  async open(sealed: DeviceSealed, purpose: string): Promise<string | null> {
    const iv = base64ToBytes(sealed.iv);
    const data = base64ToBytes(sealed.data);
    if (!iv || !data) return null;
    const key = await this.#deviceKey();
    try {
      return new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(purpose) }, key, data));
    } catch {
      return null;
    }
  }
}

let shared: DeviceSealer | undefined;

/** The worker's one sealer (one key per profile). */
export function deviceSealer(): DeviceSealer {
  shared ??= new DeviceSealer();
  return shared;
}

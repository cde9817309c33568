import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { asDeviceSealed, DeviceSealer } from './device-sealer';

let n = 0;
const freshStore = () => createStore(`test-device-key-${++n}`, 'kv');

describe('the device sealer', () => {
  it('keeps a non-extractable AES-GCM key in IndexedDB, the same one for a restarted worker', async () => {
    const store = freshStore();
    const sealed = await new DeviceSealer(store).seal('the-api-secret', 'purpose-a');
    const key: unknown = await get('aes-gcm-256', store);
    expect(key).toBeInstanceOf(CryptoKey);
    expect((key as CryptoKey).extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key as CryptoKey)).rejects.toThrow();
    expect(await new DeviceSealer(store).open(sealed, 'purpose-a')).toBe('the-api-secret');
  });

  it('never holds the plaintext in a seal, uses a fresh IV each time, and opens only for the same purpose and profile', async () => {
    const store = freshStore();
    const sealer = new DeviceSealer(store);
    const one = await sealer.seal('the-api-secret', 'purpose-a');
    const two = await sealer.seal('the-api-secret', 'purpose-a');
    expect(JSON.stringify(one)).not.toContain('the-api-secret');
    expect(one.iv).not.toBe(two.iv);
    expect(await sealer.open(one, 'purpose-b')).toBeNull();
    expect(await new DeviceSealer(freshStore()).open(one, 'purpose-a')).toBeNull();
    const bytes = Buffer.from(one.data, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(await sealer.open({ ...one, data: bytes.toString('base64') }, 'purpose-a')).toBeNull();
    expect(await sealer.open({ ...one, iv: 'not base64!' }, 'purpose-a')).toBeNull();
  });

  it('makes one key when two workers start at once, and replaces a damaged one', async () => {
    const store = freshStore();
    const [a, b] = [new DeviceSealer(store), new DeviceSealer(store)];
    const [sealedByA, sealedByB] = await Promise.all([a.seal('x', 'p'), b.seal('y', 'p')]);
    expect(await new DeviceSealer(store).open(sealedByA, 'p')).toBe('x');
    expect(await new DeviceSealer(store).open(sealedByB, 'p')).toBe('y');
    const damaged = freshStore();
    await set('aes-gcm-256', 'not a key', damaged);
    const sealer = new DeviceSealer(damaged);
    expect(await sealer.open(await sealer.seal('z', 'p'), 'p')).toBe('z');
  });

  it('reads only well-formed seals', () => {
    expect(asDeviceSealed({ v: 1, iv: 'a', data: 'b' })).toEqual({ v: 1, iv: 'a', data: 'b' });
    expect(asDeviceSealed({ v: 2, iv: 'a', data: 'b' })).toBeNull();
    expect(asDeviceSealed({ accessToken: 'plain', expiresAt: 1 })).toBeNull();
    expect(asDeviceSealed('x')).toBeNull();
    expect(asDeviceSealed(null)).toBeNull();
  });
});

import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asSealedSecret, deriveKey, exportKey, importKey, KDF_ITERATIONS, keyFor, newKey, open, passphraseProblem, seal } from './sealed-secret';

const CONTEXT = { clientId: 'merchant-1', secretFor: 'live|https://api.webpos.chainside.net' };

describe('the sealed secret', () => {
  it('derives its key with PBKDF2-SHA-256 at no fewer than 600,000 iterations and a 16-byte random salt', async () => {
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const a = await newKey('correct horse battery');
    const b = await newKey('correct horse battery');
    expect(a.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS });
    expect(Buffer.from(a.kdf.salt, 'base64')).toHaveLength(16);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    // The same derivation as an independent implementation (Node's OpenSSL PBKDF2).
    const raw = (await exportKey(a)).raw;
    const expected = pbkdf2Sync('correct horse battery', Buffer.from(a.kdf.salt, 'base64'), KDF_ITERATIONS, 32, 'sha256');
    expect(Buffer.from(raw, 'base64').equals(expected)).toBe(true);
  });

  it('round-trips the secret with the right passphrase and context, and only then', async () => {
    const key = await newKey('correct horse battery');
    const sealed = await seal(key, 'the-api-secret', CONTEXT);
    expect(JSON.stringify(sealed)).not.toContain('the-api-secret');
    expect(await open(key, sealed, CONTEXT)).toBe('the-api-secret');
    expect(await open(await keyFor('correct horse battery', sealed), sealed, CONTEXT)).toBe('the-api-secret');
    expect(await open(await keyFor('correct horse batterY', sealed), sealed, CONTEXT)).toBeNull();
    // Moved to another host or account by editing storage: it does not open.
    expect(await open(key, sealed, { ...CONTEXT, secretFor: 'live|https://evil.example.com' })).toBeNull();
    expect(await open(key, sealed, { ...CONTEXT, clientId: 'merchant-2' })).toBeNull();
    // Altered ciphertext does not open.
    const bytes = Buffer.from(sealed.data, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(await open(key, { ...sealed, data: bytes.toString('base64') }, CONTEXT)).toBeNull();
  });

  it('uses a fresh IV for every seal', async () => {
    const key = await newKey('correct horse battery');
    const one = await seal(key, 's', CONTEXT);
    const two = await seal(key, 's', CONTEXT);
    expect(one.iv).not.toBe(two.iv);
    expect(one.data).not.toBe(two.data);
  });

  it('survives export to session storage and import by a restarted worker', async () => {
    const key = await newKey('correct horse battery');
    const sealed = await seal(key, 'the-api-secret', CONTEXT);
    const back = await importKey(JSON.parse(JSON.stringify(await exportKey(key))) as Awaited<ReturnType<typeof exportKey>>);
    expect(back && (await open(back, sealed, CONTEXT))).toBe('the-api-secret');
    expect(await importKey({ raw: 'AAAA', kdf: key.kdf })).toBeNull();
  });

  it('reads only well-formed seals from storage, never weaker than the minimum', async () => {
    const sealed = await seal(await newKey('correct horse battery'), 's', CONTEXT);
    expect(asSealedSecret(JSON.parse(JSON.stringify(sealed)))).toEqual(sealed);
    expect(asSealedSecret({ ...sealed, kdf: { ...sealed.kdf, iterations: 1000 } })).toBeNull();
    expect(asSealedSecret({ ...sealed, v: 2 })).toBeNull();
    expect(asSealedSecret('x')).toBeNull();
    expect(asSealedSecret(null)).toBeNull();
  });

  it('derives different keys from different salts', async () => {
    const salt = new Uint8Array(16);
    const k1 = await deriveKey('pass-phrase', salt, 1000);
    const k2 = await deriveKey('pass-phrase', new Uint8Array(16).fill(1), 1000);
    const raw = async (k: CryptoKey) => Buffer.from(await crypto.subtle.exportKey('raw', k)).toString('hex');
    expect(await raw(k1)).not.toBe(await raw(k2));
  });

  it('asks for passphrases of 8 to 500 characters', () => {
    expect(passphraseProblem('short')?.message).toContain('at least 8');
    expect(passphraseProblem('short')?.text).toEqual({ key: 'vault_too_short', params: [8] });
    expect(passphraseProblem(42)?.message).toContain('at least 8');
    expect(passphraseProblem('long enough')).toBeNull();
    expect(passphraseProblem('x'.repeat(501))?.message).toContain('At most 500');
  });
});

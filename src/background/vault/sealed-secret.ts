/**
 * The secret at rest under a passphrase: AES-256-GCM with a key derived by
 * PBKDF2-SHA-256 (WebCrypto) at 600,000 iterations, the OWASP minimum for that
 * hash. PBKDF2 is chosen over Argon2id because every browser and Node ship an
 * audited implementation of it (BoringSSL, NSS, OpenSSL), so the worker needs no
 * WebAssembly (and no `wasm-unsafe-eval` in its CSP) and no third-party crypto code.
 * The key is bound to what the secret may be used for: the client id and the
 * mode|origin binding are the cipher's additional data, so a sealed secret moved
 * to another account or host by editing storage does not open.
 */
import { base64ToBytes, bytesToBase64 } from '../../sdk/base64';
import { problem, tooLong, type Problem } from '../platform/errors';

export const KDF_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_PASSPHRASE_LENGTH = 500;

export interface SealedSecret {
  v: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  iv: string;
  data: string;
}

/** What the sealed secret is for: opening it under anything else fails. */
export interface SealContext {
  clientId: string;
  secretFor: string;
}

const encoder = new TextEncoder();

function aad({ clientId, secretFor }: SealContext): Uint8Array<ArrayBuffer> {
  return encoder.encode(`webpos-counter/secret/v1\u0000${clientId}\u0000${secretFor}`);
}

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** The AES-GCM key of a passphrase and salt. Extractable, so an unlocked key can outlive a worker restart in session storage. */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = KDF_ITERATIONS): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

export interface UnlockedKey {
  key: CryptoKey;
  /** The salt and iterations the key was derived with (kept in every seal made with it). */
  kdf: SealedSecret['kdf'];
}

/** A fresh key for a new passphrase (new random salt). */
export async function newKey(passphrase: string): Promise<UnlockedKey> {
  const salt = randomBytes(SALT_BYTES);
  return { key: await deriveKey(passphrase, salt), kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS, salt: bytesToBase64(salt) } };
}

/** The key a passphrase gives for an existing seal (right or wrong: only opening tells). */
export async function keyFor(passphrase: string, sealed: SealedSecret): Promise<UnlockedKey> {
  const salt = base64ToBytes(sealed.kdf.salt);
  if (!salt) throw new Error('The sealed secret has a damaged salt.');
  return { key: await deriveKey(passphrase, salt, sealed.kdf.iterations), kdf: sealed.kdf };
}

export async function seal(unlocked: UnlockedKey, secret: string, context: SealContext): Promise<SealedSecret> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(context) }, unlocked.key, encoder.encode(secret));
  return { v: 1, kdf: unlocked.kdf, iv: bytesToBase64(iv), data: bytesToBase64(new Uint8Array(data)) };
}

/** The secret, or null when the key (passphrase) or the context is wrong, or the seal was altered. */
export async function open(unlocked: UnlockedKey, sealed: SealedSecret, context: SealContext): Promise<string | null> {
  const iv = base64ToBytes(sealed.iv);
  const data = base64ToBytes(sealed.data);
  if (!iv || !data || sealed.kdf.salt !== unlocked.kdf.salt) return null;
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad(context) }, unlocked.key, data);
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}

/** An unlocked key as kept in session storage. */
export interface ExportedKey {
  raw: string;
  kdf: SealedSecret['kdf'];
}

export async function exportKey(unlocked: UnlockedKey): Promise<ExportedKey> {
  return { raw: bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', unlocked.key))), kdf: unlocked.kdf };
}

export async function importKey(exported: ExportedKey): Promise<UnlockedKey | null> {
  const raw = base64ToBytes(exported.raw);
  if (!raw || raw.length !== 32) return null;
  const key = await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  return { key, kdf: exported.kdf };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A stored value read back as a seal, or null when it is not one (damaged storage never crashes). */
export function asSealedSecret(value: unknown): SealedSecret | null {
  if (!isRecord(value) || value.v !== 1 || !isRecord(value.kdf)) return null;
  const { kdf } = value;
  const ok =
    kdf.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    typeof kdf.iterations === 'number' &&
    Number.isInteger(kdf.iterations) &&
    kdf.iterations >= KDF_ITERATIONS &&
    typeof kdf.salt === 'string' &&
    typeof value.iv === 'string' &&
    typeof value.data === 'string';
  return ok ? (value as unknown as SealedSecret) : null;
}

/** Why a new passphrase is refused, or null. */
export function passphraseProblem(passphrase: unknown): Problem | null {
  if (typeof passphrase !== 'string' || passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return problem('vault_too_short', MIN_PASSPHRASE_LENGTH);
  }
  if (passphrase.length > MAX_PASSPHRASE_LENGTH) return tooLong(MAX_PASSPHRASE_LENGTH);
  return null;
}

import { createHash, createHmac } from 'node:crypto';

/** chainside-signature: base64(HMAC-SHA512(key = SHA-256(utf8(secret)), msg = raw body bytes)). */
export function signCallbackBody(secret: string, rawBody: string | Uint8Array): string {
  const key = createHash('sha256').update(secret, 'utf8').digest();
  return createHmac('sha512', key).update(rawBody).digest('base64');
}

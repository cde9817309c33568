const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 (with padding) of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return btoa(binary);
}

/**
 * Decodes canonical standard base64 (padding required, no whitespace, no stray bits in the
 * last character); `undefined` otherwise. Canonical means one spelling per byte string, so a
 * signature cannot be varied while still verifying.
 */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64_RE.test(text)) return undefined;
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  // atob ignores the unused low bits of the last character; a re-encoding that differs had some set.
  if (btoa(binary) !== text) return undefined;
  return out;
}

const encoder = new TextEncoder();

/** Base64 of a string's UTF-8 bytes (for HTTP Basic credentials). */
export function utf8ToBase64(text: string): string {
  return bytesToBase64(encoder.encode(text));
}

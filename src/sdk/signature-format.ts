/**
 * Reads a `chainside-signature` value the way the SDK does (strict base64 of
 * 64 bytes) and, when it is malformed, works out what shape it has instead:
 * hex, URL-safe base64, unpadded, wrapped, quoted, prefixed, wrong length.
 */

import { base64ToBytes, bytesToBase64 } from './base64';
import { trimHeaderWhitespace } from './header-value';

const SIGNATURE_BYTES = 64; // HMAC-SHA512

/** What is wrong with a signature value, with a stable id (see docs in README's cause table). */
export interface SignatureFormatCause {
  id: SignatureFormatCauseId;
  /** What the signature looks like, e.g. "hex instead of base64". */
  title: string;
  fix: string;
}

export type SignatureFormatCauseId =
  | 'signature-quoted'
  | 'signature-prefixed'
  | 'hex-signature'
  | 'signature-wrapped'
  | 'base64url-signature'
  | 'base64-unpadded'
  | 'hmac-sha256-signature'
  | 'signature-wrong-length'
  | 'signature-not-base64';

/** A malformed signature turned into the base64 it was meant to be. */
export interface RepairedSignature extends SignatureFormatCause {
  base64: string;
}

export type SignatureShape =
  | { kind: 'missing' }
  | { kind: 'ok'; base64: string }
  | { kind: 'malformed'; message: string; cause: SignatureFormatCause; repaired: RepairedSignature | null };

const ENCODE_FIX =
  'The chainside-signature header is standard base64 of the 64-byte HMAC-SHA512 (Node: digest("base64"); Python: base64.b64encode(mac.digest()); PHP: base64_encode(hash_hmac("sha512", $body, $key, true))). Compare base64 with base64.';

export function readSignature(raw: string): SignatureShape {
  const value = trimHeaderWhitespace(raw);
  if (value === '') return { kind: 'missing' };
  const bytes = base64ToBytes(value) ?? null;
  if (bytes?.length === SIGNATURE_BYTES) return { kind: 'ok', base64: value };
  const explained = explainMalformed(value, bytes);
  const { repaired } = explained;
  const cause = repaired ? { id: repaired.id, title: repaired.title, fix: repaired.fix } : (explained.cause as SignatureFormatCause);
  return { kind: 'malformed', message: explained.message, cause, repaired };
}

interface Malformed {
  message: string;
  repaired: RepairedSignature | null;
  cause?: SignatureFormatCause;
}

function explainMalformed(value: string, bytes: Uint8Array | null): Malformed {
  const quoted = /^(["'])(.*)\1$/s.exec(value);
  if (quoted) {
    const inner = readSignature(quoted[2] ?? '');
    if (inner.kind === 'ok') {
      return {
        message: 'The signature is wrapped in quotes.',
        repaired: {
          id: 'signature-quoted',
          title: 'The signature value is wrapped in quotes, so it is not base64.',
          fix: 'Take the header value as it is, without quotes (a JSON-encoded or shell-quoted copy adds them).',
          base64: inner.base64,
        },
      };
    }
  }
  const prefixed = /^(?:sha-?512|hmac-sha512)[=:]\s*(.+)$/is.exec(value);
  if (prefixed) {
    const inner = readSignature(prefixed[1] ?? '');
    if (inner.kind === 'ok') {
      return {
        message: 'The signature has an algorithm prefix such as "sha512=".',
        repaired: {
          id: 'signature-prefixed',
          title: 'The signature carries an algorithm prefix ("sha512=" or similar); WebPOS sends the bare base64 value.',
          fix: 'Compare the bare base64 value: WebPOS does not prefix the signature with the algorithm.',
          base64: inner.base64,
        },
      };
    }
  }
  if (/^[0-9a-f]{128}$/i.test(value)) {
    const hex = Uint8Array.from(value.match(/../g) ?? [], (pair) => parseInt(pair, 16));
    return {
      message: 'The signature is 128 hexadecimal digits: it is hex, not base64.',
      repaired: {
        id: 'hex-signature',
        title: 'The signature is hex-encoded instead of base64.',
        fix: ENCODE_FIX,
        base64: bytesToBase64(hex),
      },
    };
  }
  // Only the whitespace base64 wrapping and header folding produce; NBSP, a BOM or U+2028 is named below.
  if (/[ \t\r\n]/.test(value)) {
    const joined = readSignature(value.replace(/[ \t\r\n]+/g, ''));
    if (joined.kind === 'ok') {
      return {
        message: 'The signature contains spaces or line breaks.',
        repaired: {
          id: 'signature-wrapped',
          title: 'The signature is split by spaces or line breaks (wrapped base64, or a header folded across lines).',
          fix: 'Use the header value as one unbroken string; if you encode it yourself, use base64 without line wrapping.',
          base64: joined.base64,
        },
      };
    }
  }
  if (/^[A-Za-z0-9\-_]+={0,2}$/.test(value) && /[-_]/.test(value)) {
    const standard = pad(value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, ''));
    if (base64ToBytes(standard)?.length === SIGNATURE_BYTES) {
      return {
        message: 'The signature uses URL-safe base64 ("-" and "_"); the header uses standard base64 ("+", "/" and "=" padding).',
        repaired: { id: 'base64url-signature', title: 'The signature is URL-safe base64 (base64url) instead of standard base64.', fix: ENCODE_FIX, base64: standard },
      };
    }
  }
  if (/^[A-Za-z0-9+/]+$/.test(value) && value.length % 4 !== 0) {
    const padded = pad(value);
    if (base64ToBytes(padded)?.length === SIGNATURE_BYTES) {
      return {
        message: 'The signature is base64 without its "=" padding.',
        repaired: { id: 'base64-unpadded', title: 'The signature lost its "=" padding.', fix: ENCODE_FIX, base64: padded },
      };
    }
  }
  if (bytes) {
    const sha256 = bytes.length === 32;
    const message = `The signature is base64 but decodes to ${bytes.length} bytes; an HMAC-SHA512 signature is 64 bytes (88 base64 characters).${sha256 ? ' 32 bytes is the size of an HMAC-SHA256: WebPOS signs with HMAC-SHA512.' : ''}`;
    const cause: SignatureFormatCause = sha256
      ? { id: 'hmac-sha256-signature', title: 'The signature is an HMAC-SHA256 (32 bytes), not an HMAC-SHA512 (64 bytes).', fix: `Sign and verify with HMAC-SHA512. ${ENCODE_FIX}` }
      : { id: 'signature-wrong-length', title: `The signature decodes to ${bytes.length} bytes instead of the 64 of an HMAC-SHA512: it is cut short, padded or another value.`, fix: `Pass the whole chainside-signature header value. ${ENCODE_FIX}` };
    return { message, repaired: null, cause };
  }
  const bad = [...value].find((ch) => !/[A-Za-z0-9+/=]/.test(ch));
  const message = bad !== undefined
    ? `The signature is not base64: it contains ${describeChar(bad)}, which base64 does not use.`
    : `The signature is not valid base64: its length (${value.length}) or "=" padding is wrong.`;
  return {
    message,
    repaired: null,
    cause: { id: 'signature-not-base64', title: message, fix: `Pass the chainside-signature header value exactly as received. ${ENCODE_FIX}` },
  };
}

function pad(value: string): string {
  return value + '='.repeat((4 - (value.length % 4)) % 4);
}

function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) ? `the control character ${hex}` : `"${ch}" (${hex})`;
}

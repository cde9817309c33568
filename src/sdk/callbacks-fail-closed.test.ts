import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CallbackError, CallbacksHandler, ConfigError, computeSignature, verifySignature, type HeadersLike } from './index';
import { paymentOrder } from './fixtures.test-util';

const SECRET = 'fail-closed-secret';
const BODY = JSON.stringify({ event: 'payment.completed', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order', object: paymentOrder() });

function sign(secret: string, body: string): string {
  return createHmac('sha512', createHash('sha256').update(secret, 'utf8').digest()).update(body).digest('base64');
}

async function reason(headers: unknown, raw: unknown = BODY): Promise<string> {
  const handler = new CallbacksHandler({ secret: SECRET });
  const error = await handler.parse(headers as HeadersLike, raw as string).then(
    () => 'accepted',
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CallbackError);
  return (error as CallbackError).reason;
}

/** Every other spelling of the same bytes: the last character's unused low bits set. */
function strayBitSpellings(signature: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const padded = signature.endsWith('==') ? 2 : signature.endsWith('=') ? 1 : 0;
  const at = signature.length - padded - 1;
  const unusedBits = padded === 2 ? 4 : padded === 1 ? 2 : 0;
  const base = alphabet.indexOf(signature[at] ?? '');
  const out: string[] = [];
  for (let low = 1; low < 1 << unusedBits; low++) {
    out.push(signature.slice(0, at) + alphabet[(base & ~((1 << unusedBits) - 1)) | low] + signature.slice(at + 1));
  }
  return out;
}

describe('verifySignature fails closed', () => {
  it('refuses an empty or missing secret with a ConfigError, even for a body signed with the empty secret', async () => {
    const signedWithEmpty = sign('', BODY);
    await expect(verifySignature('', BODY, signedWithEmpty)).rejects.toBeInstanceOf(ConfigError);
    await expect(verifySignature(undefined as unknown as string, BODY, signedWithEmpty)).rejects.toBeInstanceOf(ConfigError);
    await expect(computeSignature('', BODY)).rejects.toBeInstanceOf(ConfigError);
  });

  it('accepts only the canonical base64 spelling of a MAC', async () => {
    const good = sign(SECRET, BODY);
    expect(good.endsWith('==')).toBe(true); // 64 bytes: two padding characters, four unused bits
    expect(await verifySignature(SECRET, BODY, good)).toBe(true);
    const variants = strayBitSpellings(good);
    expect(variants).toHaveLength(15);
    for (const variant of variants) {
      expect(Buffer.from(variant, 'base64').equals(Buffer.from(good, 'base64'))).toBe(true);
      expect(await verifySignature(SECRET, BODY, variant)).toBe(false);
    }
  });

  it('refuses unpadded base64', async () => {
    expect(await verifySignature(SECRET, BODY, sign(SECRET, BODY).replace(/=+$/, ''))).toBe(false);
  });
});

describe('CallbacksHandler.parse fails closed on headers of the wrong type', () => {
  it('gives missing_signature for no headers at all', async () => {
    expect(await reason(null)).toBe('missing_signature');
    expect(await reason(undefined)).toBe('missing_signature');
  });

  it('gives malformed_signature for headers that are not an object, and for non-string values', async () => {
    expect(await reason(42)).toBe('malformed_signature');
    expect(await reason('chainside-signature: x')).toBe('malformed_signature');
    expect(await reason({ 'chainside-signature': 42 })).toBe('malformed_signature');
    expect(await reason({ 'chainside-signature': null })).toBe('malformed_signature');
    expect(await reason({ 'chainside-signature': [sign(SECRET, BODY), 7] })).toBe('malformed_signature');
    expect(await reason([['chainside-signature', 7]])).toBe('malformed_signature');
    expect(await reason([7])).toBe('malformed_signature');
  });

  it('still ignores other headers of odd types', async () => {
    const handler = new CallbacksHandler({ secret: SECRET });
    const headers = { 'chainside-signature': sign(SECRET, BODY), 'x-count': 3 } as unknown as HeadersLike;
    expect((await handler.parse(headers, BODY)).event).toBe('payment.completed');
  });

  it('refuses a body that is not the raw bytes (e.g. already parsed JSON)', async () => {
    expect(await reason({ 'chainside-signature': sign(SECRET, BODY) }, JSON.parse(BODY))).toBe('invalid_json');
    expect(await reason({ 'chainside-signature': sign(SECRET, BODY) }, 5)).toBe('invalid_json');
  });

  it('refuses a non-canonical spelling of a genuine signature', async () => {
    const [variant] = strayBitSpellings(sign(SECRET, BODY));
    expect(await reason({ 'chainside-signature': variant })).toBe('malformed_signature');
  });
});

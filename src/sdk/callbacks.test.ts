import { createHmac, createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CALLBACK_EVENTS,
  CallbackError,
  CallbacksHandler,
  ConfigError,
  MAX_CALLBACK_BODY_BYTES,
  SdkError,
  computeSignature,
  verifySignature,
  type CallbackEvent,
} from './index';
import { signatureVectors } from '../../test-vectors/signatures';
import { paymentOrder } from './fixtures.test-util';

const vectors = signatureVectors;

const SECRET = 's3cr3t-webpos';

function nodeSign(secret: string, body: string | Uint8Array): string {
  const key = createHash('sha256').update(secret, 'utf8').digest();
  return createHmac('sha512', key).update(body).digest('base64');
}

function body(event: string, object: unknown = paymentOrder()): string {
  return JSON.stringify({ event, created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order', object });
}

async function reject(headers: Record<string, string>, raw: string | Uint8Array, secret = SECRET): Promise<CallbackError> {
  const err = await new CallbacksHandler({ secret }).parse(headers, raw).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CallbackError);
  expect(err).toBeInstanceOf(SdkError);
  expect((err as CallbackError).code).toBe('callback');
  return err as CallbackError;
}

// test-vectors/signatures.json: the protocol's worked examples, kept in the repository.
describe('signature vectors (test-vectors/signatures.json)', () => {
  it('has vectors to check', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(8);
  });

  for (const vec of vectors) {
    it(`${vec.valid ? 'accepts' : 'rejects'}: ${vec.name}`, async () => {
      expect(await verifySignature(vec.secret, vec.body, vec.signature)).toBe(vec.valid);
      expect(await verifySignature(vec.secret, new TextEncoder().encode(vec.body), vec.signature)).toBe(vec.valid);
      if (vec.valid) {
        expect(await computeSignature(vec.secret, vec.body)).toBe(vec.signature);
        expect(nodeSign(vec.secret, vec.body)).toBe(vec.signature);
      }
    });
  }
});

describe('computeSignature / verifySignature', () => {
  it('matches node:crypto for random bodies, strings and bytes', async () => {
    for (const size of [1, 100, 4096, 100_000]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 31 + size) & 0xff);
      const sig = nodeSign('k€y', bytes);
      expect(await computeSignature('k€y', bytes)).toBe(sig);
      expect(await verifySignature('k€y', bytes, sig)).toBe(true);
      expect(await verifySignature('k€y!', bytes, sig)).toBe(false);
    }
  });

  it('stays correct under concurrency (string bodies share an encode buffer)', async () => {
    const bodies = Array.from({ length: 40 }, (_, i) => `{"n":${i},"pad":"${'é'.repeat(i * 997)}"}`);
    const results = await Promise.all(
      bodies.flatMap((b, i) => [
        verifySignature(SECRET, b, nodeSign(SECRET, b)),
        verifySignature(SECRET, b, nodeSign(SECRET, bodies[(i + 1) % bodies.length] ?? '')),
        computeSignature(SECRET, b).then((s) => s === nodeSign(SECRET, b)),
      ]),
    );
    expect(results).toEqual(bodies.flatMap(() => [true, false, true]));
  });

  it('returns false (never throws) for malformed signatures', async () => {
    const raw = body('payment.completed');
    const good = nodeSign(SECRET, raw);
    for (const bad of ['', 'not base64!!', good.slice(0, -4), good + 'AAAA', Buffer.alloc(32).toString('base64'), 'hex' + good]) {
      expect(await verifySignature(SECRET, raw, bad)).toBe(false);
    }
  });
});

describe('CallbacksHandler.parse', () => {
  it('returns a typed event for each of the seven events', async () => {
    const handler = new CallbacksHandler({ secret: SECRET });
    expect(CALLBACK_EVENTS).toHaveLength(7);
    for (const event of CALLBACK_EVENTS) {
      const raw = body(event, { ...paymentOrder(), continue_url: 'https://shop.example/ok', cancel_url: 'https://shop.example/ko' });
      const parsed: CallbackEvent = await handler.parse({ 'chainside-signature': nodeSign(SECRET, raw) }, raw);
      expect(parsed.event).toBe(event);
      expect(parsed.object.uuid).toBe(paymentOrder().uuid);
      expect(parsed.object.state.status).toBe('pending');
      expect(parsed.object.continue_url).toBe('https://shop.example/ok');
    }
  });

  it('parses every valid signed vector into an event', async () => {
    for (const vec of vectors.filter((x) => x.valid && x.body !== '')) {
      const parsed = await new CallbacksHandler({ secret: vec.secret }).parse({ 'chainside-signature': vec.signature }, vec.body);
      expect(CALLBACK_EVENTS).toContain(parsed.event);
    }
  });

  it('looks the header up case-insensitively, in records, Headers and pairs', async () => {
    const raw = body('payment.expired');
    const sig = nodeSign(SECRET, raw);
    const handler = new CallbacksHandler({ secret: SECRET });
    expect((await handler.parse({ 'Chainside-Signature': sig }, raw)).event).toBe('payment.expired');
    expect((await handler.parse({ 'CHAINSIDE-SIGNATURE': [sig] }, raw)).event).toBe('payment.expired');
    expect((await handler.parse(new Headers({ 'Chainside-Signature': sig }), raw)).event).toBe('payment.expired');
    expect((await handler.parse([['ChainSide-Signature', sig]], raw)).event).toBe('payment.expired');
  });

  it('accepts the raw body as bytes (Uint8Array and Buffer)', async () => {
    const raw = body('payment.overpaid', { ...paymentOrder(), details: 'caffè ☕' });
    const sig = nodeSign(SECRET, raw);
    const handler = new CallbacksHandler({ secret: SECRET });
    expect((await handler.parse({ 'chainside-signature': sig }, new TextEncoder().encode(raw))).object.details).toBe('caffè ☕');
    expect((await handler.parse({ 'chainside-signature': sig }, Buffer.from(raw))).event).toBe('payment.overpaid');
  });

  it('rejects a missing header', async () => {
    expect((await reject({}, body('payment.completed'))).reason).toBe('missing_signature');
    expect((await reject({ 'chainside-signature': '' }, body('payment.completed'))).reason).toBe('missing_signature');
  });

  it('rejects a malformed signature (not base64, or not 64 bytes)', async () => {
    const raw = body('payment.completed');
    const hex = createHmac('sha512', createHash('sha256').update(SECRET).digest()).update(raw).digest('hex');
    expect((await reject({ 'chainside-signature': hex }, raw)).reason).toBe('malformed_signature');
    expect((await reject({ 'chainside-signature': '%%%%' }, raw)).reason).toBe('malformed_signature');
    expect((await reject({ 'chainside-signature': Buffer.alloc(32, 1).toString('base64') }, raw)).reason).toBe('malformed_signature');
  });

  it('rejects a wrong signature', async () => {
    const raw = body('payment.completed');
    expect((await reject({ 'chainside-signature': nodeSign('other', raw) }, raw)).reason).toBe('invalid_signature');
    expect((await reject({ 'chainside-signature': nodeSign(SECRET, raw) }, raw + ' ')).reason).toBe('invalid_signature');
  });

  it('rejects a correctly signed body that is not JSON (or not an object, or not UTF-8)', async () => {
    for (const raw of ['not json', '', '[1,2]', 'null']) {
      expect((await reject({ 'chainside-signature': nodeSign(SECRET, raw) }, raw)).reason).toBe('invalid_json');
    }
    const badUtf8 = new Uint8Array([0x7b, 0xff, 0x7d]);
    expect((await reject({ 'chainside-signature': nodeSign(SECRET, badUtf8) }, badUtf8)).reason).toBe('invalid_json');
  });

  it('rejects an unknown event', async () => {
    for (const raw of [body('payment.refunded'), JSON.stringify({ object: {} })]) {
      expect((await reject({ 'chainside-signature': nodeSign(SECRET, raw) }, raw)).reason).toBe('unknown_event');
    }
  });

  it('rejects a payload that does not match its schema, naming the fields', async () => {
    const raw = body('payment.completed', { ...paymentOrder(), btc_amount: 'lots', state: { ...paymentOrder().state, status: 'weird' } });
    const err = await reject({ 'chainside-signature': nodeSign(SECRET, raw) }, raw);
    expect(err.reason).toBe('schema_mismatch');
    expect(err.fields).toEqual(expect.arrayContaining(['object.btc_amount', 'object.state.status']));
    const noObject = JSON.stringify({ event: 'payment.completed', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order' });
    const err2 = await reject({ 'chainside-signature': nodeSign(SECRET, noObject) }, noObject);
    expect(err2.reason).toBe('schema_mismatch');
    expect(err2.fields).toEqual(['object']);
  });

  it('rejects a body over 1 MiB before verifying it', async () => {
    expect(MAX_CALLBACK_BODY_BYTES).toBe(1024 * 1024);
    const big = body('payment.completed', { ...paymentOrder(), details: 'x'.repeat(MAX_CALLBACK_BODY_BYTES) });
    expect((await reject({ 'chainside-signature': nodeSign(SECRET, big) }, big)).reason).toBe('body_too_large');
    expect((await reject({}, new TextEncoder().encode(big))).reason).toBe('body_too_large');
    // Multi-byte characters count in bytes: 400k '€' is 1.2 MB of UTF-8 but only 400k UTF-16 units.
    const euros = body('payment.completed', { ...paymentOrder(), details: '€'.repeat(400_000) });
    expect((await reject({ 'chainside-signature': nodeSign(SECRET, euros) }, euros)).reason).toBe('body_too_large');
  });

  it('accepts a body of exactly 1 MiB', async () => {
    const base = body('payment.completed', { ...paymentOrder(), details: '' });
    const raw = body('payment.completed', { ...paymentOrder(), details: 'x'.repeat(MAX_CALLBACK_BODY_BYTES - base.length) });
    expect(raw.length).toBe(MAX_CALLBACK_BODY_BYTES);
    const parsed = await new CallbacksHandler({ secret: SECRET }).parse({ 'chainside-signature': nodeSign(SECRET, raw) }, raw);
    expect(parsed.event).toBe('payment.completed');
  });

  it('requires a secret', () => {
    expect(() => new CallbacksHandler({ secret: '' })).toThrow(ConfigError);
  });
});

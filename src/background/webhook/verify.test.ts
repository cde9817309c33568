import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createWebhookHandlers } from './index';
import { verifyWebhook } from './verify';
import { signatureVector, signatureVectors } from '../../../test-vectors/signatures';

const vectors = signatureVectors;
const vector = signatureVector;
const SECRET = 's3cr3t-webpos';
const sign = (secret: string, body: string) =>
  createHmac('sha512', createHash('sha256').update(secret, 'utf8').digest()).update(body, 'utf8').digest('base64');

describe('verifyWebhook on the signature vectors', () => {
  it.each(vectors)('$name', async (v) => {
    const verdict = await verifyWebhook({ body: v.body, signature: v.signature, pasted: null, stored: v.secret });
    expect(verdict.signatureValid).toBe(v.valid);
    expect(JSON.stringify(verdict)).not.toContain(v.secret);
  });

  it('a valid callback is summarised', async () => {
    const v = vector('compact completed');
    const verdict = await verifyWebhook({ body: v.body, signature: v.signature, pasted: null, stored: v.secret });
    expect(verdict).toMatchObject({ valid: true, reason: null, secretSource: 'stored', matchingSecret: null });
    expect(verdict.summary).toEqual({
      event: 'payment.completed',
      createdAt: '2026-11-26T10:00:00Z',
      orderUuid: 'c3a2b7e4-5f1d-4c8e-9a0b-1d2e3f4a5b6c',
      amount: '10.00',
      status: 'paid',
    });
    expect(verdict.prettyBody).toContain('\n  "event": "payment.completed"');
  });

  it('empty body: the signature is valid but it is not a callback (fail closed)', async () => {
    const v = vector('empty body');
    const verdict = await verifyWebhook({ body: '', signature: v.signature, pasted: null, stored: SECRET });
    expect(verdict).toMatchObject({ valid: false, signatureValid: true, reason: 'invalid_json' });
    expect(verdict.message).toMatch(/body is empty, so it is not a WebPOS callback/);
  });

  it('altered body: invalid, no diagnosis fits', async () => {
    const v = vector('body altered');
    const verdict = await verifyWebhook({ body: v.body, signature: v.signature, pasted: null, stored: SECRET });
    expect(verdict).toMatchObject({ valid: false, signatureValid: false, reason: 'invalid_signature', diagnoses: [] });
    expect(verdict.message).toMatch(/altered after signing/);
  });

  it('trailing newline vector is diagnosed', async () => {
    const v = vector('trailing newline');
    const verdict = await verifyWebhook({ body: v.body, signature: v.signature, pasted: null, stored: SECRET });
    expect(verdict.diagnoses.map((d) => d.id)).toEqual(['trailing-newline-added']);
  });

  it('hex vector: malformed, and the hex is the right MAC', async () => {
    const v = vector('hex instead');
    const verdict = await verifyWebhook({ body: v.body, signature: v.signature, pasted: null, stored: SECRET });
    expect(verdict.reason).toBe('malformed_signature');
    expect(verdict.message).toMatch(/hex, not base64/);
    expect(verdict.diagnoses[0]?.id).toBe('hex-signature');
    expect(verdict.diagnoses[0]?.title).toMatch(/it is the right HMAC/);
  });

  it('hex of a wrong MAC says so', async () => {
    const v = vector('hex instead');
    const verdict = await verifyWebhook({ body: v.body, signature: 'ab'.repeat(64), pasted: null, stored: SECRET });
    expect(verdict.diagnoses[0]?.title).toMatch(/Even decoded, it does not match/);
  });
});

describe('stored vs pasted secret', () => {
  const v = vector('compact completed');

  it('pasted wrong, stored right: reports the stored one matched', async () => {
    const verdict = await verifyWebhook({ body: v.body, signature: v.signature, pasted: 'not-it', stored: SECRET });
    expect(verdict).toMatchObject({ valid: false, reason: 'invalid_signature', secretSource: 'pasted', matchingSecret: 'stored' });
    expect(verdict.message).toMatch(/matches the stored secret instead/);
    expect(JSON.stringify(verdict)).not.toMatch(/not-it|s3cr3t/);
  });

  it('pasted right, stored wrong: valid, and says the pasted one matched', async () => {
    const verdict = await verifyWebhook({ body: v.body, signature: v.signature, pasted: SECRET, stored: 'old-secret' });
    expect(verdict).toMatchObject({ valid: true, secretSource: 'pasted', matchingSecret: 'pasted' });
    expect(verdict.message).toMatch(/pasted secret \(not the stored one\)/);
  });

  it('pasted secret with a trailing space: matches the stored one, and the whitespace is named', async () => {
    const verdict = await verifyWebhook({ body: v.body, signature: v.signature, pasted: `${SECRET} `, stored: SECRET });
    expect(verdict.matchingSecret).toBe('stored');
    expect(verdict.diagnoses.map((d) => d.id)).toEqual(['secret-whitespace']);
  });

  it('different-secret vector: neither matches', async () => {
    const d = vector('signature made with a different secret');
    const verdict = await verifyWebhook({ body: d.body, signature: d.signature, pasted: 'x', stored: SECRET });
    expect(verdict).toMatchObject({ reason: 'invalid_signature', matchingSecret: null });
  });

  it('no secret at all: no_secret error', async () => {
    await expect(verifyWebhook({ body: '{}', signature: 'x', pasted: null, stored: null })).rejects.toMatchObject({ code: 'no_secret' });
  });
});

describe('reasons in order', () => {
  const body = vector('compact completed').body;
  const verify = (b: string, signature: string) => verifyWebhook({ body: b, signature, pasted: null, stored: SECRET });

  it('missing signature', async () => {
    expect((await verify(body, '  ')).reason).toBe('missing_signature');
  });

  it('malformed: bad character, wrong length (SHA-256 size), base64url, unpadded, quoted, prefixed, wrapped', async () => {
    const good = sign(SECRET, body);
    expect((await verify(body, 'abc!')).message).toMatch(/"!" \(U\+0021\)/);
    expect((await verify(body, Buffer.alloc(32).toString('base64'))).message).toMatch(/32 bytes.*HMAC-SHA256/);
    const cases: [string, string][] = [
      [good.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), 'base64url-signature'],
      [good.replace(/=+$/, ''), 'base64-unpadded'],
      [`"${good}"`, 'signature-quoted'],
      [`sha512=${good}`, 'signature-prefixed'],
      [`${good.slice(0, 40)}\n ${good.slice(40)}`, 'signature-wrapped'],
    ];
    for (const [signature, id] of cases) {
      if (id === 'base64url-signature' && !/[-_]/.test(signature)) continue;
      const verdict = await verify(body, signature);
      expect(verdict.reason, id).toBe('malformed_signature');
      expect(verdict.diagnoses[0]?.id).toBe(id);
      expect(verdict.diagnoses[0]?.title).toMatch(/right HMAC/);
    }
  });

  it('body over 1 MiB is refused, at exactly 1 MiB it verifies', async () => {
    const atLimit = JSON.stringify({ pad: 'x'.repeat(1024 * 1024 - 10) });
    expect(atLimit.length).toBe(1024 * 1024);
    expect((await verify(atLimit, sign(SECRET, atLimit))).signatureValid).toBe(true);
    const over = `${atLimit} `;
    const verdict = await verify(over, sign(SECRET, over));
    expect(verdict.reason).toBe('body_too_large');
    expect(verdict.message).toMatch(/1 MiB/);
  });

  it('not JSON, JSON but not an object, unknown event, schema mismatch with fields', async () => {
    const check = async (b: string) => verify(b, sign(SECRET, b));
    expect(await check('hello')).toMatchObject({ signatureValid: true, reason: 'invalid_json' });
    expect((await check('[1]')).message).toBe('The body is not JSON (or not a JSON object), so it is not a WebPOS callback. A server using the WebPOS SDK rejects it.');
    const unknown = await check('{"event":"payment.refunded"}');
    expect(unknown).toMatchObject({ reason: 'unknown_event' });
    expect(unknown.message).toMatch(/"payment.refunded" is not a WebPOS callback event/);
    const broken = JSON.parse(body) as { object: Record<string, unknown> };
    broken.object.amount = 10;
    delete broken.object.uuid;
    const schema = await check(JSON.stringify(broken));
    expect(schema.reason).toBe('schema_mismatch');
    expect(schema.fields).toEqual(expect.arrayContaining(['object.amount', 'object.uuid']));
  });
});

describe('handlers', () => {
  const v = vector('compact completed');

  it('sign then verify round-trips; the stored secret never appears in responses', async () => {
    const handlers = createWebhookHandlers({ storedSecret: async () => SECRET });
    const signed = await handlers['webhook.sign']({ body: v.body });
    expect(signed).toEqual({ signature: v.signature, secretSource: 'stored' });
    const verdict = await handlers['webhook.verify']({ body: v.body, signature: signed.signature });
    expect(verdict.valid).toBe(true);
    expect(JSON.stringify([signed, verdict])).not.toContain(SECRET);
  });

  it('a blank pasted secret means the stored one; none at all is no_secret', async () => {
    const none = createWebhookHandlers({ storedSecret: async () => null });
    await expect(none['webhook.sign']({ body: '{}', secret: '  ' })).rejects.toMatchObject({ code: 'no_secret' });
    await expect(none['webhook.verify']({ body: '{}', signature: v.signature })).rejects.toMatchObject({ code: 'no_secret' });
    const signed = await none['webhook.sign']({ body: v.body, secret: SECRET });
    expect(signed.secretSource).toBe('pasted');
  });

  it('malformed requests get bad_request, not a crash', async () => {
    const handlers = createWebhookHandlers({ storedSecret: async () => SECRET });
    const verifyAny = handlers['webhook.verify'] as (p: unknown) => Promise<unknown>;
    await expect(verifyAny(null)).rejects.toMatchObject({ code: 'bad_request' });
    await expect(verifyAny({ body: 1, signature: '' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(verifyAny({ body: '', signature: '', secret: 5 })).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('signing over 1 MiB is refused', async () => {
    const handlers = createWebhookHandlers({ storedSecret: async () => SECRET });
    await expect(handlers['webhook.sign']({ body: 'x'.repeat(1024 * 1024 + 1) })).rejects.toMatchObject({ code: 'body_too_large' });
  });
});

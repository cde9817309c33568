/** Only spaces and tabs (HTTP's optional whitespace) may surround a signature; a blank secret is a config error. */
import { describe, expect, it } from 'vitest';
import { CallbackError, CallbacksHandler, Client, ConfigError, computeSignature, explainSignatureMismatch, verifySignature } from './index';
import { paymentOrder } from './fixtures.test-util';

const SECRET = 'whitespace-test-secret';
const body = JSON.stringify({ event: 'payment.completed', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order', object: paymentOrder() });

async function reason(signature: string): Promise<string> {
  const handler = new CallbacksHandler({ secret: SECRET });
  return handler.parse({ 'chainside-signature': signature }, body).then(
    () => 'accepted',
    (e: unknown) => (e instanceof CallbackError ? e.reason : `threw ${String(e)}`),
  );
}

describe('signature header whitespace', () => {
  it('spaces and tabs around the signature are ignored, by parse and by verifySignature', async () => {
    const sig = await computeSignature(SECRET, body);
    for (const padded of [` ${sig}`, `${sig} `, `\t${sig}\t`, ` \t ${sig} \t`]) {
      expect(await reason(padded)).toBe('accepted');
      expect(await verifySignature(SECRET, body, padded)).toBe(true);
    }
  });

  const others: [string, string][] = [
    ['NBSP', '\u00a0'],
    ['BOM', '\ufeff'],
    ['LINE SEPARATOR', '\u2028'],
    ['PARAGRAPH SEPARATOR', '\u2029'],
    ['EM SPACE', '\u2003'],
    ['IDEOGRAPHIC SPACE', '\u3000'],
    ['vertical tab', '\v'],
    ['form feed', '\f'],
    ['line feed', '\n'],
    ['carriage return', '\r'],
  ];
  for (const [name, ch] of others) {
    it(`a leading or trailing ${name} makes it malformed_signature (and verifySignature false)`, async () => {
      const sig = await computeSignature(SECRET, body);
      for (const value of [`${ch}${sig}`, `${sig}${ch}`, ` ${sig}${ch} `]) {
        expect(await reason(value)).toBe('malformed_signature');
        expect(await verifySignature(SECRET, body, value)).toBe(false);
      }
    });
  }

  it('a header of only such a character is malformed, not missing; spaces and tabs alone are missing', async () => {
    expect(await reason('\u00a0')).toBe('malformed_signature');
    expect(await reason(' \t ')).toBe('missing_signature');
  });

  it('explainSignatureMismatch names the stray character instead of repairing it away', async () => {
    const sig = await computeSignature(SECRET, body);
    const [cause] = await explainSignatureMismatch(SECRET, body, `${sig}\u00a0`);
    expect(cause?.id).toBe('signature-not-base64');
    expect(cause?.title).toContain('U+00A0');
    expect(await explainSignatureMismatch(SECRET, body, `\t${sig} `)).toEqual([]);
  });
});

describe('a secret of only whitespace is a ConfigError', () => {
  const blanks = ['', ' ', '   ', '\t', '\n', ' \t\r\n ', '\u00a0', '\u2028', '\ufeff'];
  for (const secret of blanks) {
    const label = JSON.stringify(secret);
    it(`${label}: CallbacksHandler, verifySignature, computeSignature and Client refuse it`, async () => {
      expect(() => new CallbacksHandler({ secret })).toThrow(ConfigError);
      await expect(verifySignature(secret, body, 'x')).rejects.toBeInstanceOf(ConfigError);
      await expect(computeSignature(secret, body)).rejects.toBeInstanceOf(ConfigError);
      expect(() => new Client({ mode: 'sandbox', clientId: 'id', secret })).toThrow(ConfigError);
      try {
        new CallbacksHandler({ secret });
      } catch (e) {
        expect((e as ConfigError).key).toBe('secret');
      }
    });
  }

  it('a secret with whitespace inside or around real characters is still a secret', async () => {
    for (const secret of [' s ', 'a b', '\u00a0x']) {
      expect(() => new CallbacksHandler({ secret })).not.toThrow();
      expect(await verifySignature(secret, body, await computeSignature(secret, body))).toBe(true);
    }
  });
});

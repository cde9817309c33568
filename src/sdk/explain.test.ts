import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signatureVector, signatureVectors } from '../../test-vectors/signatures';
import { CallbackError, CallbacksHandler, explainSignatureMismatch, INVALID_SIGNATURE_HINT, MISMATCH_CAUSE_IDS, type MismatchCauseId } from './index';

/** Independent of the SDK: base64(HMAC-SHA512(SHA-256(secret), bytes)). */
function sign(secret: string, bytes: string | Uint8Array, encoding: 'base64' | 'hex' | 'base64url' = 'base64'): string {
  const key = createHash('sha256').update(secret, 'utf8').digest();
  return createHmac('sha512', key).update(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).digest(encoding);
}

const SECRET = 's3cr3t-webpos';
const body = signatureVector('compact completed').body;
const nonAscii = body.replace('2 espresso', 'caffè €2').replace('till-3 #1042', 'till/3');
const parsed: unknown = JSON.parse(nonAscii);
const pretty = JSON.stringify(parsed, null, 2);
const sortKeys = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sortKeys) : typeof v === 'object' && v !== null ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;
const python = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(python).join(', ')}]`
    : typeof v === 'object' && v !== null
      ? `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${python(x)}`).join(', ')}}`
      : JSON.stringify(v).replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const good = sign(SECRET, nonAscii);

/** For every documented cause: what the receiver verified (body, signature, secret) to produce it. */
const CASES: Record<MismatchCauseId, { body: string | Uint8Array; signature: string; secret?: string }> = {
  'missing-signature': { body: nonAscii, signature: '  ' },
  'signature-quoted': { body: nonAscii, signature: `"${good}"` },
  'signature-prefixed': { body: nonAscii, signature: `sha512=${good}` },
  'hex-signature': { body: nonAscii, signature: sign(SECRET, nonAscii, 'hex') },
  'signature-wrapped': { body: nonAscii, signature: `${good.slice(0, 44)}\n ${good.slice(44)}` },
  'base64url-signature': { body: '{"event":"x"}', signature: sign(SECRET, '{"event":"x"}', 'base64url') },
  'base64-unpadded': { body: nonAscii, signature: good.replace(/=+$/, '') },
  'hmac-sha256-signature': { body: nonAscii, signature: createHmac('sha256', SECRET).update(nonAscii).digest('base64') },
  'signature-wrong-length': { body: nonAscii, signature: good.slice(0, 44) },
  'signature-not-base64': { body: nonAscii, signature: 'not a signature!' },
  'trailing-newline-added': { body: `${nonAscii}\n`, signature: good },
  'trailing-newline-stripped': { body: nonAscii, signature: sign(SECRET, `${nonAscii}\n`) },
  'whitespace-added': { body: `  ${nonAscii}\t`, signature: good },
  'crlf-added': { body: pretty.replace(/\n/g, '\r\n'), signature: sign(SECRET, pretty) },
  'crlf-stripped': { body: pretty, signature: sign(SECRET, pretty.replace(/\n/g, '\r\n')) },
  'signed-parsed-object': { body: pretty, signature: sign(SECRET, JSON.stringify(parsed)) },
  'json-pretty-2': { body: nonAscii, signature: sign(SECRET, pretty) },
  'json-pretty-4': { body: nonAscii, signature: sign(SECRET, JSON.stringify(parsed, null, 4)) },
  'json-pretty-tab': { body: nonAscii, signature: sign(SECRET, JSON.stringify(parsed, null, '\t')) },
  'json-python': { body: nonAscii, signature: sign(SECRET, python(parsed)) },
  'json-php': { body: nonAscii, signature: sign(SECRET, JSON.stringify(parsed).replace('caffè €2', 'caff\\u00e8 \\u20ac2').replace(/\//g, '\\/')) },
  'json-sorted': { body: nonAscii, signature: sign(SECRET, JSON.stringify(sortKeys(parsed))) },
  'json-sorted-pretty': { body: nonAscii, signature: sign(SECRET, JSON.stringify(sortKeys(parsed), null, 2)) },
  'json-sorted-python': { body: nonAscii, signature: sign(SECRET, python(sortKeys(parsed))) },
  'signed-object-string': { body: nonAscii, signature: sign(SECRET, '[object Object]') },
  'decoded-as-latin1': { body: new TextDecoder('windows-1252').decode(Buffer.from(nonAscii, 'utf8')), signature: good },
  'encoded-as-latin1': { body: Buffer.from(nonAscii.replace('€', 'E'), 'latin1'), signature: sign(SECRET, nonAscii.replace('€', 'E')) },
  'double-encoded': { body: nonAscii, signature: sign(SECRET, Buffer.from(Buffer.from(nonAscii, 'utf8').toString('latin1'), 'utf8')) },
  'secret-whitespace': { body: nonAscii, signature: good, secret: `${SECRET}\n` },
  'secret-quotes': { body: nonAscii, signature: good, secret: `"${SECRET}"` },
  'body-altered-or-other-secret': { body: nonAscii.replace('10.00', '10.01'), signature: good },
};

describe('explainSignatureMismatch: each documented cause', () => {
  for (const id of MISMATCH_CAUSE_IDS) {
    it(id, async () => {
      const c = CASES[id];
      const causes = await explainSignatureMismatch(c.secret ?? SECRET, c.body, c.signature);
      expect(causes[0]?.id).toBe(id);
      for (const cause of causes) {
        expect(cause.fix).not.toMatch(/\n/);
        expect(cause.fix.length).toBeGreaterThan(20);
        expect(JSON.stringify(cause)).not.toContain(SECRET);
      }
    });
  }

  it('a repaired signature that is the right MAC says so; one that is not also explains the body', async () => {
    const [hex] = await explainSignatureMismatch(SECRET, nonAscii, sign(SECRET, nonAscii, 'hex'));
    expect(hex?.title).toMatch(/Decoded, it is the right HMAC/);
    const both = await explainSignatureMismatch(SECRET, `${nonAscii}\n`, sign(SECRET, nonAscii, 'hex'));
    expect(both.map((c) => c.id)).toEqual(['hex-signature', 'trailing-newline-added']);
  });

  it('every documented id is in the README table, and nothing else is', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- mismatch-causes -->'), readme.indexOf('<!-- /mismatch-causes -->'));
    const documented = [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual([...MISMATCH_CAUSE_IDS]);
  });
});

describe('explainSignatureMismatch on the project signature vectors', () => {
  for (const v of signatureVectors) {
    it(v.name, async () => {
      const causes = await explainSignatureMismatch(v.secret, v.body, v.signature);
      if (v.valid) expect(causes).toEqual([]);
      else expect(causes.length).toBeGreaterThan(0);
    });
  }

  it('names the cause of each invalid vector', async () => {
    const explain = async (prefix: string) => {
      const v = signatureVector(prefix);
      return (await explainSignatureMismatch(SECRET, v.body, v.signature)).map((c) => c.id);
    };
    expect(await explain('trailing newline')).toEqual(['trailing-newline-added']);
    expect(await explain('hex instead')).toEqual(['hex-signature']);
    expect(await explain('body altered')).toEqual(['body-altered-or-other-secret']);
    expect(await explain('signature made with a different secret')).toEqual(['body-altered-or-other-secret']);
  });

  it('takes the body as bytes too', async () => {
    const v = signatureVector('trailing newline');
    const causes = await explainSignatureMismatch(SECRET, new TextEncoder().encode(v.body), v.signature);
    expect(causes.map((c) => c.id)).toEqual(['trailing-newline-added']);
  });
});

describe('CallbacksHandler invalid_signature hint', () => {
  it('carries a one-line hint naming the raw body and explainSignatureMismatch', async () => {
    const v = signatureVector('trailing newline');
    const error = await new CallbacksHandler({ secret: SECRET }).parse({ 'chainside-signature': v.signature }, v.body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbackError);
    const { reason, hint, message } = error as CallbackError;
    expect(reason).toBe('invalid_signature');
    expect(hint).toBe(INVALID_SIGNATURE_HINT);
    expect(hint).toMatch(/raw body bytes as received/);
    expect(hint).not.toMatch(/\n/);
    expect(message).toContain(INVALID_SIGNATURE_HINT);
  });

  it('other reasons carry no hint', async () => {
    const error = await new CallbacksHandler({ secret: SECRET }).parse({}, body).catch((e: unknown) => e);
    expect((error as CallbackError).reason).toBe('missing_signature');
    expect((error as CallbackError).hint).toBeUndefined();
  });
});

import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diagnoseMismatch, type LabelledSecret } from './mismatch';

/** Independent of the SDK: base64(HMAC-SHA512(SHA-256(secret), bytes)). */
function sign(secret: string, bytes: string | Uint8Array): string {
  const key = createHash('sha256').update(secret, 'utf8').digest();
  return createHmac('sha512', key).update(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).digest('base64');
}

const SECRET = 's3cr3t-webpos';
const stored: LabelledSecret[] = [{ label: 'stored', secret: SECRET }];
const compact = JSON.stringify({
  event: 'payment.completed',
  created_at: '2026-11-26T10:00:00Z',
  object_type: 'payment_order',
  object: { uuid: 'c3a2b7e4-5f1d-4c8e-9a0b-1d2e3f4a5b6c', amount: '10.00', details: 'caffè €2', uri: 'bitcoin:tb1q?amount=0.1' },
});
const pretty = JSON.stringify(JSON.parse(compact), null, 2);

async function ids(body: string, signed: string | Uint8Array, secrets = stored, secret = SECRET) {
  return (await diagnoseMismatch(body, sign(secret, signed), secrets)).map((d) => d.id);
}

describe('diagnoseMismatch', () => {
  it('trailing newline added after signing (LF and CRLF)', async () => {
    expect(await ids(`${compact}\n`, compact)).toEqual(['trailing-newline-added']);
    expect(await ids(`${compact}\r\n`, compact)).toEqual(['trailing-newline-added']);
  });

  it('trailing newline stripped (signed bytes end with LF or CRLF)', async () => {
    expect(await ids(compact, `${compact}\n`)).toEqual(['trailing-newline-stripped']);
    expect(await ids(compact, `${compact}\r\n`)).toEqual(['trailing-newline-stripped']);
  });

  it('whitespace added around the body', async () => {
    expect(await ids(`  ${compact} \t\n`, compact)).toEqual(['whitespace-added']);
    expect(await ids(`${compact}   `, compact)).toEqual(['whitespace-added']);
  });

  it('CRLF → LF and LF → CRLF', async () => {
    expect(await ids(pretty.replace(/\n/g, '\r\n'), pretty)).toEqual(['crlf-added']);
    expect(await ids(pretty, pretty.replace(/\n/g, '\r\n'))).toEqual(['crlf-stripped']);
  });

  it('pretty body, signature over the compact form = JSON.stringify(parsed object)', async () => {
    const [diagnosis] = await diagnoseMismatch(pretty, sign(SECRET, JSON.stringify(JSON.parse(pretty))), stored);
    expect(diagnosis?.id).toBe('signed-parsed-object');
    expect(diagnosis?.fix).toMatch(/raw/);
  });

  it('compact body, signature over pretty JSON with 2 or 4 spaces or tabs', async () => {
    const parsed: unknown = JSON.parse(compact);
    expect(await ids(compact, JSON.stringify(parsed, null, 2))).toEqual(['json-pretty-2']);
    expect(await ids(compact, JSON.stringify(parsed, null, 4))).toEqual(['json-pretty-4']);
    expect(await ids(compact, JSON.stringify(parsed, null, '\t'))).toEqual(['json-pretty-tab']);
  });

  it('key order sorted, Python json.dumps and PHP json_encode re-serialisations', async () => {
    const sorted = '{"created_at":"2026-11-26T10:00:00Z","event":"payment.completed","object":{"amount":"10.00","details":"caffè €2","uri":"bitcoin:tb1q?amount=0.1","uuid":"c3a2b7e4-5f1d-4c8e-9a0b-1d2e3f4a5b6c"},"object_type":"payment_order"}';
    expect(await ids(compact, sorted)).toEqual(['json-sorted']);
    const python = '{"event": "payment.completed", "created_at": "2026-11-26T10:00:00Z", "object_type": "payment_order", "object": {"uuid": "c3a2b7e4-5f1d-4c8e-9a0b-1d2e3f4a5b6c", "amount": "10.00", "details": "caff\\u00e8 \\u20ac2", "uri": "bitcoin:tb1q?amount=0.1"}}';
    expect(await ids(compact, python)).toEqual(['json-python']);
    const php = compact.replace('caffè €2', 'caff\\u00e8 \\u20ac2').replace(/\//g, '\\/');
    expect(await ids(compact, php)).toEqual(['json-php']);
  });

  it('signature over "[object Object]"', async () => {
    expect(await ids(compact, '[object Object]')).toEqual(['signed-object-string']);
  });

  it('Latin-1 / Windows-1252 mojibake: the body was decoded with the wrong charset', async () => {
    const utf8 = Buffer.from(compact, 'utf8');
    const mojibake = new TextDecoder('windows-1252').decode(utf8); // "caffÃ¨ â‚¬2"
    expect(mojibake).toContain('Ã¨');
    expect(await ids(mojibake, compact)).toEqual(['decoded-as-latin1']);
  });

  it('UTF-8 ↔ Latin-1 the other way: signed bytes double-encoded', async () => {
    const doubled = Buffer.from(Buffer.from(compact, 'utf8').toString('latin1'), 'utf8');
    expect(await ids(compact, doubled)).toEqual(['double-encoded']);
  });

  it('secret with surrounding whitespace or quotes, without echoing the secret', async () => {
    for (const [typed, id] of [
      [`${SECRET}\n`, 'secret-whitespace'],
      [` ${SECRET} `, 'secret-whitespace'],
      [`"${SECRET}"`, 'secret-quotes'],
      [`'${SECRET}'`, 'secret-quotes'],
    ] as const) {
      const found = await diagnoseMismatch(compact, sign(SECRET, compact), [{ label: 'pasted', secret: typed }]);
      expect(found.map((d) => d.id)).toEqual([id]);
      expect(JSON.stringify(found)).not.toContain(SECRET);
    }
  });

  it('a body variant that matches only with the other secret says so', async () => {
    const secrets: LabelledSecret[] = [{ label: 'pasted', secret: 'wrong' }, ...stored];
    const [diagnosis] = await diagnoseMismatch(`${compact}\n`, sign(SECRET, compact), secrets);
    expect(diagnosis?.id).toBe('trailing-newline-added');
    expect(diagnosis?.title).toMatch(/stored secret, not the pasted one/);
  });

  it('an edited body matches no variant', async () => {
    expect(await ids(compact.replace('10.00', '10.01'), compact)).toEqual([]);
  });

  it('garbage, binary-looking and empty bodies never throw', async () => {
    for (const body of ['', '\u0000\u0001\uFFFD', '\uD800', '{"a":', 'null', '[1,2]', '"str"']) {
      await expect(diagnoseMismatch(body, sign(SECRET, 'x'), stored)).resolves.toEqual([]);
    }
  });

  it('a 1 MiB body with two secrets is diagnosed (no match) without throwing', async () => {
    const big = JSON.stringify({ event: 'payment.completed', pad: 'é'.repeat(500_000) });
    expect(await ids(big, big.replace(/é/g, 'e'), [...stored, { label: 'pasted', secret: 'other' }])).toEqual([]);
  });
});

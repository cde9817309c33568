import { describe, expect, it } from 'vitest';
import { splitRawRequest, type SplitRequest } from './raw-request';

const BODY = '{"event":"payment.completed","created_at":"2026-11-26T10:00:00Z"}';
const ok = (raw: string): SplitRequest => {
  const result = splitRawRequest(raw);
  if (!result.ok) throw new Error(result.error);
  return result;
};

describe('splitRawRequest', () => {
  it('splits a CRLF request and keeps the body exact', () => {
    const raw = `POST /hooks HTTP/1.1\r\nHost: shop.example\r\nChainside-Signature: abc==\r\nContent-Length: ${BODY.length}\r\n\r\n${BODY}`;
    const split = ok(raw);
    expect(split.requestLine).toBe('POST /hooks HTTP/1.1');
    expect(split.body).toBe(BODY);
    expect(split.signature).toBe('abc==');
    expect(split.warnings).toEqual([]);
  });

  it('splits an LF request', () => {
    const split = ok(`POST /hooks HTTP/1.1\nchainside-signature: xyz\n\n${BODY}`);
    expect(split.body).toBe(BODY);
    expect(split.signature).toBe('xyz');
  });

  it('matches the header name in any case and trims its value', () => {
    expect(ok(`CHAINSIDE-SIGNATURE:   v1  \n\n{}`).signature).toBe('v1');
  });

  it('joins folded (obs-fold) header lines', () => {
    const split = ok('POST / HTTP/1.1\r\nchainside-signature: abcd\r\n  efgh==\r\nX-Other: 1\r\n\r\n{}');
    expect(split.signature).toBe('abcd efgh==');
    expect(split.headers).toContainEqual(['X-Other', '1']);
  });

  it('keeps blank lines and line endings inside the body', () => {
    const body = '{\r\n  "a": 1,\r\n\r\n  "b": 2\r\n}\r\n';
    expect(ok(`POST / HTTP/1.1\r\nchainside-signature: s\r\n\r\n${body}`).body).toBe(body);
  });

  it('warns, not fails, when there is no blank line (empty body)', () => {
    const split = ok('POST / HTTP/1.1\nchainside-signature: s');
    expect(split.body).toBe('');
    expect(split.warnings[0]).toMatch(/No blank line/);
  });

  it('accepts headers without a request line, including HTTP/2 pseudo-headers', () => {
    const split = ok(`:method: POST\n:path: /hooks\nchainside-signature: s\n\n${BODY}`);
    expect(split.requestLine).toBeNull();
    expect(split.signature).toBe('s');
  });

  it('warns when there is no signature header, or Content-Length disagrees', () => {
    const split = ok(`POST / HTTP/1.1\nContent-Length: ${BODY.length}\n\n${BODY}\n`);
    expect(split.signature).toBeNull();
    expect(split.warnings.join(' ')).toMatch(/No chainside-signature header/);
    expect(split.warnings.join(' ')).toMatch(/Content-Length says \d+ bytes but the pasted body is \d+ bytes \(a trailing newline/);
  });

  it('refuses two signature headers, a non-header line, and an empty paste, with a reason', () => {
    expect(splitRawRequest('POST / HTTP/1.1\nchainside-signature: a\nChainside-Signature: b\n\n{}')).toMatchObject({ ok: false, error: expect.stringMatching(/2 chainside-signature headers/) });
    expect(splitRawRequest('POST / HTTP/1.1\nthis is not a header\n\n{}')).toMatchObject({ ok: false, error: expect.stringMatching(/Line 2 is not a header/) });
    expect(splitRawRequest(BODY)).toMatchObject({ ok: false, error: expect.stringMatching(/first line is not a header/) });
    expect(splitRawRequest('  \n')).toMatchObject({ ok: false });
  });
});

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlCommand, shellQuote } from './curl';

/** Lets bash parse the words and prints each one NUL-terminated, so we see exactly what curl would get. */
function bashWords(command: string): string[] {
  const script = `curl() { printf '%s\\0' "$@"; }\n${command}`;
  return execFileSync('bash', ['-c', script], { encoding: 'utf8' }).split('\0').slice(0, -1);
}

describe('shellQuote', () => {
  it.each([
    "it's",
    "'",
    "''",
    'line 1\nline 2\r\n',
    '$HOME `id` $(id) \\ " ! * ?',
    '{"details":"O\'Brien\'s café €"}',
    '',
  ])('bash reads %j back unchanged', (text) => {
    expect(bashWords(`curl ${shellQuote(text)}`)).toEqual([text]);
  });
});

describe('curlCommand', () => {
  const body = '{\n  "event": "payment.completed",\n  "details": "O\'Brien\'s $5 `tip`"\n}\n';

  it('POSTs the exact body bytes with the signature header', () => {
    const result = curlCommand('https://shop.example/hooks?x=1&y=2', body, 'abc+/==');
    if (!result.ok) throw new Error(result.error);
    expect(bashWords(result.command)).toEqual([
      '-sS', '-X', 'POST', 'https://shop.example/hooks?x=1&y=2',
      '-H', 'Content-Type: application/json',
      '-H', 'chainside-signature: abc+/==',
      '--data-binary', body,
    ]);
  });

  it('refuses a missing or non-http URL and a NUL in the body, with a reason', () => {
    expect(curlCommand('', '{}', 's')).toMatchObject({ ok: false, error: expect.stringMatching(/full URL/) });
    expect(curlCommand('ftp://x', '{}', 's')).toMatchObject({ ok: false });
    expect(curlCommand('https://x.example', 'a\u0000b', 's')).toMatchObject({ ok: false, error: expect.stringMatching(/NUL/) });
  });
});

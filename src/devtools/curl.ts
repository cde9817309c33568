/** A curl command that POSTs a signed callback, safe to paste into bash, zsh or sh. */

/** Single-quotes a word for POSIX shells: nothing inside single quotes is special except the quote itself. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export type CurlResult = { ok: true; command: string } | { ok: false; error: string };

export function curlCommand(url: string, body: string, signature: string): CurlResult {
  const target = url.trim();
  if (!/^https?:\/\//i.test(target) || !URL.canParse(target)) {
    return { ok: false, error: 'Enter the full URL of your endpoint, starting with https:// (or http:// for a local server).' };
  }
  if (body.includes('\u0000')) {
    return { ok: false, error: 'The body contains a NUL character, which a shell argument cannot carry. Remove it to get a curl command.' };
  }
  // --data-binary sends the bytes untouched; -d would strip newlines and carriage returns.
  const command = [
    `curl -sS -X POST ${shellQuote(target)}`,
    `-H 'Content-Type: application/json'`,
    `-H ${shellQuote(`chainside-signature: ${signature}`)}`,
    `--data-binary ${shellQuote(body)}`,
  ].join(' \\\n  ');
  return { ok: true, command };
}

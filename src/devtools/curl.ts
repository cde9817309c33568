/** A curl command that POSTs a signed callback, safe to paste into bash, zsh or sh. */
import { t } from '../shared/i18n';

/** Single-quotes a word for POSIX shells: nothing inside single quotes is special except the quote itself. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export type CurlResult = { ok: true; command: string } | { ok: false; error: string };

export function curlCommand(url: string, body: string, signature: string): CurlResult {
  const target = url.trim();
  if (!/^https?:\/\//i.test(target) || !URL.canParse(target)) {
    return { ok: false, error: t('panel_curl_bad_url') };
  }
  if (body.includes('\u0000')) {
    return { ok: false, error: t('panel_curl_nul') };
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

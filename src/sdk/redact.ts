export const REDACTED = '[REDACTED]';

const TOKEN_FIELDS_RE = /("(?:access_token|id_token|refresh_token|secret|client_secret)"\s*:\s*)"(?:[^"\\]|\\.)*"/g;
const SENSITIVE_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

/**
 * Removes credentials from text shown to people: every occurrence of the given
 * sensitive strings (secret, tokens, Basic credentials) and token-bearing JSON fields.
 */
export function redactText(text: string, sensitive: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of sensitive) {
    // Very short values would shred ordinary text; the config requires non-empty secrets anyway.
    if (s && s.length >= 4 && out.includes(s)) out = out.split(s).join(REDACTED);
  }
  return out.replace(TOKEN_FIELDS_RE, `$1"${REDACTED}"`);
}

/** Redacts credential headers entirely (keeping the auth scheme) and sensitive values elsewhere. */
export function redactHeaders(
  headers: Record<string, string>,
  sensitive: readonly (string | undefined)[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (SENSITIVE_HEADERS.has(lower)) {
      const scheme = /^(Basic|Bearer)\s/i.exec(value)?.[1];
      out[name] = scheme ? `${scheme} ${REDACTED}` : REDACTED;
    } else {
      out[name] = redactText(value, sensitive);
    }
  }
  return out;
}

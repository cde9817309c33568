/**
 * The account an order cache, a token and the popup's list snapshot belong to:
 * mode, the API host actually used and the client id. Another account means a
 * clean slate; the secret is not part of it (a rotated secret is the same account).
 */
export interface AccountParts {
  mode: 'sandbox' | 'live';
  /** The base URL requests go to (the mode's default host when none is set). */
  effectiveBaseUrl: string;
  clientId: string;
}

export function accountKey({ mode, effectiveBaseUrl, clientId }: AccountParts): string {
  return `${mode}|${effectiveBaseUrl}|${clientId}`;
}

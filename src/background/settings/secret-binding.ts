/**
 * A stored secret belongs to the mode and API origin it was saved for. It is never sent
 * anywhere else: changing either asks for the secret again, so a careless or hostile edit
 * of the base URL cannot make the extension hand the secret to another host.
 */
import { HOSTS, type Mode } from '../../sdk';

export interface BindingInput {
  mode: Mode;
  baseUrl: string;
}

/** `mode|origin`, e.g. `live|https://api.webpos.chainside.net`; '' when the URL cannot be read. */
export function secretBinding({ mode, baseUrl }: BindingInput): string {
  try {
    return `${mode}|${new URL(baseUrl.trim() || HOSTS[mode]).origin}`;
  } catch {
    return '';
  }
}

/** The origin part of a binding, for messages. */
export function bindingOrigin(binding: string): string {
  return binding.slice(binding.indexOf('|') + 1);
}

/**
 * First 8 hex digits of SHA-256 of `clientId:secret`: tells two secrets apart on screen
 * without showing any character of either (a client id cannot contain ':').
 */
export async function secretFingerprint(clientId: string, secret: string): Promise<string | null> {
  if (secret === '') return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${clientId}:${secret}`));
  return [...new Uint8Array(digest).slice(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

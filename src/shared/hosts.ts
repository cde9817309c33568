/**
 * Which API hosts the extension may reach without asking: the two WebPOS hosts
 * and loopback (listed in the manifest's host_permissions). Any other host needs
 * the optional host permission, asked for on the options page when saving.
 */
import { HOSTS } from '../sdk/constants';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** The origin pattern to ask for, or null when the URL is covered by the manifest (or not a URL). */
export function optionalPermissionFor(baseUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (isLoopbackHost(url.hostname) && url.protocol === 'http:') return null;
  if (Object.values(HOSTS).some((host) => new URL(host).origin === url.origin)) return null;
  return `${url.origin}/*`;
}

/** Live mode talks to WebPOS only over https, except on loopback (a local proxy or tunnel). */
export function insecureForLive(mode: 'sandbox' | 'live', baseUrl: string): boolean {
  if (mode !== 'live') return false;
  try {
    const url = new URL(baseUrl.trim());
    return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}

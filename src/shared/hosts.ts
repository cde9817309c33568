/**
 * Which API hosts the extension may reach without asking: the two WebPOS hosts (the
 * manifest's host_permissions in every build). Any other host is checked with
 * permissions.contains, and asked for on the options page when saving or testing: plain-http
 * loopback is granted at install in development builds only; store packages list
 * http://127.0.0.1/* and http://localhost/* as optional, asked for when a local sandbox is picked.
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
  // Match patterns name no port for loopback: Firefox accepts none, and one grant covers every local port.
  if (isLoopbackHost(url.hostname) && url.protocol === 'http:') return `http://${url.hostname}/*`;
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

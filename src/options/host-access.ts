/**
 * Asking the browser for the API host the form names, inside the click that saves or tests:
 * the browser shows its prompt only during the user's gesture, so `requestHostAccess` must be
 * called before the click handler's first await.
 */
import browser from 'webextension-polyfill';
import type { WireError } from '../messaging/result';
import { insecureForLive, optionalPermissionFor } from '../shared/hosts';
import { text as localText } from '../shared/local-text';

/**
 * `not_needed`: the manifest grants the host (or the worker refuses the address anyway);
 * `not_requestable`: this build's manifest does not list it as optional (in a store package,
 * plain http anywhere but 127.0.0.1 and localhost), so the browser will not even ask.
 */
export type HostAccess = 'not_needed' | 'granted' | 'refused' | 'not_requestable';

export function requestHostAccess(mode: 'sandbox' | 'live', baseUrl: string): Promise<HostAccess> {
  // An address the worker will refuse anyway is not worth a permission prompt.
  if (insecureForLive(mode, baseUrl)) return Promise.resolve('not_needed');
  const pattern = optionalPermissionFor(baseUrl);
  if (!pattern) return Promise.resolve('not_needed');
  return browser.permissions.request({ origins: [pattern] }).then(
    (granted): HostAccess => (granted ? 'granted' : 'refused'),
    // Both browsers reject a request for a pattern the manifest does not list.
    (): HostAccess => 'not_requestable',
  );
}

/** What the page says when the host was not granted: what happened, and what to do. */
export function hostAccessError(access: 'refused' | 'not_requestable', baseUrl: string, action: 'save' | 'test'): WireError {
  const host = new URL(baseUrl.trim()).host;
  if (access === 'not_requestable') {
    return { code: 'permission_denied', message: `This build cannot ask for access to ${host} (not an optional host permission of its manifest).`, text: localText('options_host_not_requestable', host) };
  }
  return action === 'save'
    ? { code: 'permission_denied', message: `The browser did not allow access to ${host}, so nothing was saved.`, text: localText('options_host_refused_save', host) }
    : { code: 'permission_denied', message: `The browser did not allow access to ${host}, so the connection was not tested.`, text: localText('options_host_refused_test', host) };
}

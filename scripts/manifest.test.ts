import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest, manifestFor, storeManifest, UNPACKED_CHROMIUM_ID, type Target } from './manifest';

const TARGETS: Target[] = ['chrome', 'firefox'];
const LOOPBACK_OR_ANY_HTTP = /127\.0\.0\.1|localhost|\[::1\]|^http:|^\*:\/\/|<all_urls>/;
/** Plain http to any host, any scheme to any host, or everything. */
const ANY_HOST = /^http:\/\/\*|^\*:\/\/|<all_urls>/;

describe('the manifests', () => {
  it('Chromium gets the offscreen and sidePanel permissions (sounds in an offscreen document; the side panel)', () => {
    expect(manifestFor('chrome').permissions).toEqual(expect.arrayContaining(['offscreen', 'sidePanel']));
  });

  it('Firefox, which plays sounds in its event page and has a sidebar instead, gets every other permission', () => {
    const chromium = manifestFor('chrome').permissions;
    expect(firefoxManifest().permissions).toEqual(chromium.filter((p) => p !== 'offscreen' && p !== 'sidePanel'));
  });

  it('opens the same counter page in Chromium’s side panel and Firefox’s sidebar', () => {
    const chrome = chromeManifest();
    const firefox = firefoxManifest();
    expect(chrome.side_panel.default_path).toBe('src/popup/sidepanel.html');
    expect(firefox.sidebar_action.default_panel).toBe(chrome.side_panel.default_path);
    expect('side_panel' in firefox).toBe(false);
  });

  it('declares the shortcut that opens the counter (Alt+Shift+P) and one for the side panel in each browser', () => {
    expect(manifestFor('chrome').commands._execute_action.suggested_key.default).toBe('Alt+Shift+P');
    expect(Object.keys(manifestFor('chrome').commands)).toEqual(['_execute_action', 'open-side-panel']);
    expect(Object.keys(manifestFor('firefox').commands)).toEqual(['_execute_action', '_execute_sidebar_action']);
  });

  it.each(TARGETS)('development builds (%s) keep their hosts: the local sandbox granted at install, any other host optional', (target) => {
    const { host_permissions, optional_host_permissions } = manifestFor(target, 'dev');
    expect(host_permissions).toEqual(['https://api.webpos.chainside.net/*', 'https://api.sandbox.webpos.chainside.net/*', 'http://127.0.0.1/*', 'http://localhost/*']);
    expect(optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it.each(TARGETS)('the %s store package grants only the WebPOS hosts at install; the local sandbox and other https hosts are optional', (target) => {
    const { host_permissions, optional_host_permissions } = manifestFor(target, 'store');
    expect(host_permissions).toEqual(['https://api.webpos.chainside.net/*', 'https://api.sandbox.webpos.chainside.net/*']);
    for (const pattern of host_permissions) expect(pattern).not.toMatch(LOOPBACK_OR_ANY_HTTP);
    // Asked for at run time (permissions.request on the options page), one host at a time.
    expect(optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
    for (const pattern of optional_host_permissions) expect(pattern).not.toMatch(ANY_HOST);
  });

  it.each(TARGETS)('the %s store package differs from the development build in its hosts only', (target) => {
    const { host_permissions: _h, optional_host_permissions: _o, ...store } = manifestFor(target, 'store');
    const { host_permissions: _dh, optional_host_permissions: _do, ...dev } = manifestFor(target, 'dev');
    expect(store).toEqual(dev);
  });
});

describe('the extension id', () => {
  it('the unpacked Chromium build has a fixed id: the one its key gives', async () => {
    const { createHash } = await import('node:crypto');
    const key = (manifestFor('chrome') as { key?: string }).key ?? '';
    const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('')).toBe(UNPACKED_CHROMIUM_ID);
  });

  it('the store upload and Firefox carry no key; Firefox keeps its gecko id and drops the Chromium-only managed schema', () => {
    expect(storeManifest(manifestFor('chrome'))).not.toHaveProperty('key');
    expect(storeManifest(manifestFor('chrome'))).toHaveProperty('storage.managed_schema', 'managed-schema.json');
    const firefox = JSON.parse(JSON.stringify(firefoxManifest())) as Record<string, unknown>;
    expect(firefox).not.toHaveProperty('key');
    expect(firefox).not.toHaveProperty('storage');
    expect(firefox).toHaveProperty(['browser_specific_settings', 'gecko', 'id'], 'webpos-counter@webpos-counter.dev');
  });
});

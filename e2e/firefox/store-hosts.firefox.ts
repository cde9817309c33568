/**
 * The store package and the local sandbox in Firefox ESR (see e2e/store-hosts.spec.ts for
 * Chromium). With `extensions.webextOptionalPermissionPrompts` false Firefox grants an optional
 * permission the add-on requests without showing its prompt; the add-on still has to request it,
 * so nothing here is granted unless the options page asks.
 */
import { expect } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { E2E_EXTENSION_UUID, until } from '../driver/firefox';
import type { Driver } from '../driver/types';
import { OPTIONS, POPUP } from '../fixtures';
import { sandboxOrders } from '../popup-helpers';
import { buildStorePackage, builtHosts, STORE_HOSTS } from '../store-build';
import { test as base } from './fixtures';
import type { Sandbox } from '../../sandbox/server';

const test = base.extend({
  extensionDir: [async ({}, use) => use(buildStorePackage('firefox')), { scope: 'worker' }],
});
const NO_PROMPT = { 'extensions.webextOptionalPermissionPrompts': false };

const LOCAL_SANDBOX = 'http://127.0.0.1/*';

/** The add-on's host permissions as it sees them itself, read from one of its pages. */
async function permissionsPage(firefox: Browser) {
  const page = await firefox.newPage();
  const url = `moz-extension://${E2E_EXTENSION_UUID}/${POPUP}`;
  await page.goto(url, { waitUntil: [] });
  await until('an extension page to load', () => page.evaluate((wanted) => (location.href === wanted && document.readyState === 'complete' ? true : undefined), url));
  return {
    origins: () => page.evaluate(async () => ((await chrome.permissions.getAll()).origins ?? []).sort()),
    /** What the person does in about:addons → Permissions; here the add-on gives the host back itself. */
    remove: (origin: string) => page.evaluate((o) => chrome.permissions.remove({ origins: [o] }), origin),
  };
}

/** The options page with the local sandbox picked, filled in and Save pressed. */
async function saveLocalSandbox(driver: Driver, sandbox: Pick<Sandbox, 'clientId' | 'secret' | 'url'>) {
  const options = await driver.open(OPTIONS, { width: 900, height: 1000 });
  await expect.poll(() => options.bodyText()).toContain('Test connection');
  await options.check('Sandbox (test)');
  await options.fill('Client ID', sandbox.clientId);
  await options.fill('Secret', sandbox.secret);
  await options.fill('API base URL', sandbox.url);
  await options.click('button', 'Save');
  return options;
}

test('with Firefox’s own prompt up and unanswered, nothing is saved and the host is not granted', async ({ driver, firefox, sandbox }) => {
  const hosts = await permissionsPage(firefox);
  await driver.send('settings.get', null);
  const options = await saveLocalSandbox(driver, sandbox);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(await options.text('status')).toBe('Saving…');
  expect(await driver.send('settings.get', null)).toMatchObject({ ok: true, data: { configured: false } });
  expect(await hosts.origins()).toEqual([...STORE_HOSTS.host_permissions].sort());
});

test.describe('with extensions.webextOptionalPermissionPrompts false', () => {
  // Firefox grants what the add-on requests without showing the prompt; the request is still needed.
  test.use({ firefoxPrefs: NO_PROMPT });
  test('a store build asks for the local sandbox when it is saved; once granted, saving, Test connection and a sale work; taken back, it is refused by name', async ({ driver, firefox, sandbox, extensionDir }) => {
    expect(builtHosts(extensionDir)).toEqual(STORE_HOSTS);
    const hosts = await permissionsPage(firefox);
    expect(await hosts.origins()).toEqual([...STORE_HOSTS.host_permissions].sort());
    const form = { mode: 'sandbox', clientId: sandbox.clientId, secret: sandbox.secret, baseUrl: sandbox.url, timeoutSeconds: 5, pollIntervalSeconds: 30, notifications: true } as const;
    const host = new URL(sandbox.url).host;

    // Not granted at install: the worker refuses the local sandbox by name.
    expect(await driver.send('settings.test', form)).toMatchObject({ ok: false, error: { code: 'permission_denied', text: { key: 'error_permission_denied', params: [host] } } });

    const options = await saveLocalSandbox(driver, sandbox);
    await expect.poll(() => options.bodyText()).toContain('Settings saved.');
    // The request named exactly the local sandbox, every port: nothing else was added.
    expect(await hosts.origins()).toEqual([LOCAL_SANDBOX, ...STORE_HOSTS.host_permissions].sort());

    await options.click('button', 'Test connection');
    await expect.poll(() => options.bodyText()).toContain(`Sandbox at ${host}`);

    const popup = await driver.open(POPUP);
    await popup.fill('Amount', '4,20');
    await popup.press('Enter');
    await expect.poll(() => popup.isVisible('img', 'Payment QR code')).toBe(true);
    expect((await sandboxOrders(sandbox)).map((o) => o.amount)).toEqual(['4.20']);

    await hosts.remove(LOCAL_SANDBOX);
    const refused = await driver.send('order.create', { order: { amount: '1.00' }, attemptId: 'firefox-store-hosts-after-removal' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'permission_denied', text: { key: 'error_permission_denied', params: [host] } } });
    expect((await sandboxOrders(sandbox)).map((o) => o.amount)).toEqual(['4.20']);
  });
});

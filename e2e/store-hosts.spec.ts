/**
 * The store package and the local sandbox (issue 25, point 7): nothing on this computer is granted
 * at install; picking the local sandbox on the options page asks for http://127.0.0.1/*, and
 * after the person's grant saving, Test connection and a sale work. The grant is made where a
 * person makes it in Chromium, on chrome://extensions (e2e/site-access.ts): Chromium's own
 * permission prompt is native UI no test can click.
 */
import type { Page } from '@playwright/test';
import { OPTIONS, POPUP, expect, test as base } from './fixtures';
import { apiRequests, sandboxOrders } from './popup-helpers';
import { allowSite, removeSite } from './site-access';
import { buildStorePackage, builtHosts, STORE_HOSTS } from './store-build';

const test = base.extend({
  extensionDir: [async ({}, use) => use(buildStorePackage('chrome')), { scope: 'worker' }],
});

const LOCAL_SANDBOX = 'http://127.0.0.1/*';
const WEBPOS_HOSTS = STORE_HOSTS.host_permissions;

/**
 * The options page, its settings loaded: they arrive once the worker has started, and would
 * replace what was typed before. The worker answers a first message once it is up; the page's own
 * settings.get, sent when it opened, is answered before a second one sent after it.
 */
async function openOptions(openPage: (path: string, size: { width: number; height: number }) => Promise<Page>, sendMessage: (type: 'settings.get', payload: null) => Promise<unknown>): Promise<Page> {
  await sendMessage('settings.get', null);
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings.get', payload: null }));
  return page;
}

async function pickLocalSandbox(page: Page, sandbox: { url: string; clientId: string; secret: string }) {
  await page.getByLabel('Sandbox (test)').check();
  await page.getByLabel('Client ID').fill(sandbox.clientId);
  await page.getByLabel('Secret').fill(sandbox.secret);
  await page.getByLabel('API base URL').fill(sandbox.url);
}

/** The hosts the extension holds now, as it sees them itself. */
const grantedOrigins = (page: Page) => page.evaluate(async () => ((await chrome.permissions.getAll()).origins ?? []).sort());
const holdsLocalSandbox = (page: Page) => page.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), LOCAL_SANDBOX);
const tokenPosts = async (sandbox: Parameters<typeof apiRequests>[0]) => (await apiRequests(sandbox)).filter((r) => r.method === 'POST' && r.path === '/token').length;

test('the store package holds no local host at install; the local sandbox is only an optional host', async ({ extensionDir, openPage }) => {
  expect(builtHosts(extensionDir)).toEqual(STORE_HOSTS);
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  expect(await grantedOrigins(page)).toEqual([...WEBPOS_HOSTS].sort());
  expect(await holdsLocalSandbox(page)).toBe(false);
});

test('picking the local sandbox asks the browser for it; while unanswered nothing is saved and the worker refuses the host by name', async ({ openPage, sandbox, sendMessage }) => {
  const page = await openOptions(openPage, sendMessage);
  await pickLocalSandbox(page, sandbox);
  await page.getByRole('button', { name: 'Save' }).click();
  // Chromium's prompt is up (headless, nobody answers it): the save waits for the answer.
  await page.waitForTimeout(2_000);
  await expect(page.getByRole('status')).toHaveText('Saving…');
  expect(await sendMessage('settings.get', null)).toMatchObject({ ok: true, data: { configured: false } });
  expect(await holdsLocalSandbox(page)).toBe(false);
  await expect(page.getByLabel('API base URL')).toHaveValue(sandbox.url);

  // A page that skips the options page gets the worker's own refusal, and nothing reaches the sandbox.
  const direct = await sendMessage('settings.test', {
    mode: 'sandbox', clientId: sandbox.clientId, secret: sandbox.secret, baseUrl: sandbox.url, timeoutSeconds: 5, pollIntervalSeconds: 30, notifications: true,
  });
  expect(direct).toMatchObject({ ok: false, error: { code: 'permission_denied', text: { key: 'error_permission_denied', params: [new URL(sandbox.url).host] } } });
  expect(await tokenPosts(sandbox)).toBe(0);
});

test('after the grant on chrome://extensions the options page asks for exactly 127.0.0.1, saves, tests and the popup sells; a site taken back is refused by name', async ({ context, extensionId, openPage, sandbox, sendMessage }) => {
  const page = await openOptions(openPage, sendMessage);
  // localhost is granted too, so that only what the request names becomes active (checked below).
  await allowSite(context, extensionId, 'http://localhost/*');
  await allowSite(context, extensionId, LOCAL_SANDBOX);
  // Granted by the person, but not active until the extension asks.
  expect(await holdsLocalSandbox(page)).toBe(false);

  await pickLocalSandbox(page, sandbox);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  // Exactly what was asked for became active: 127.0.0.1 on every port, not localhost.
  expect(await grantedOrigins(page)).toEqual([LOCAL_SANDBOX, ...WEBPOS_HOSTS].sort());
  expect(await sendMessage('settings.get', null)).toMatchObject({ ok: true, data: { configured: true, baseUrl: sandbox.url } });

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText(`Sandbox at ${new URL(sandbox.url).host}`);

  const popup = await openPage(POPUP);
  await popup.getByLabel('Amount').fill('4,20');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  expect((await sandboxOrders(sandbox)).map((o) => o.amount)).toEqual(['4.20']);

  // The person takes the site back: the worker refuses it, naming it, before anything is sent.
  await removeSite(context, extensionId, LOCAL_SANDBOX);
  expect(await holdsLocalSandbox(page)).toBe(false);
  const refused = await sendMessage('order.create', { order: { amount: '1.00' }, attemptId: 'store-hosts-after-removal' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'permission_denied', text: { key: 'error_permission_denied', params: [new URL(sandbox.url).host] } } });
  expect((await sandboxOrders(sandbox)).map((o) => o.amount)).toEqual(['4.20']);
});

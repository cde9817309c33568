/**
 * Sound on payment (Chromium): with the popup closed, the worker notices the order made
 * here change state and plays its sound through the offscreen document. The test reads
 * what the offscreen document's <audio> elements played (their `played` ranges): the call
 * and its sound, not the speaker.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { OPTIONS, POPUP, expect, test } from './fixtures';
import { admin, sandboxOrders } from './popup-helpers';

const OFFSCREEN = 'src/offscreen/index.html';

async function createInPopup(openPage: (path: string) => Promise<Page>, amount: string): Promise<void> {
  const popup = await openPage(POPUP);
  await popup.getByLabel('Amount').fill(amount);
  await popup.getByRole('button', { name: 'Create order' }).click();
  await expect(popup.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await popup.close();
}

/** Closes every popup page (the fixture's messenger included): only the worker can notice the payment. */
async function closePopups(context: BrowserContext): Promise<void> {
  for (const page of context.pages()) if (page.url().includes(POPUP)) await page.close();
}

const offscreenDocuments = (worker: Worker) =>
  worker.evaluate((path) => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [chrome.runtime.getURL(path)] }).then((c) => c.length), OFFSCREEN);

const notifiedOrders = (worker: Worker) => worker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all)));

/** Which sounds the offscreen document has played, read from an extension page (same process). */
const playedSounds = (page: Page) =>
  page.evaluate((path) => {
    const offscreen = chrome.extension.getViews().find((view) => view.location.pathname === `/${path}`);
    if (!offscreen) return null;
    return [...offscreen.document.querySelectorAll('audio')].filter((a) => a.played.length > 0).map((a) => a.dataset.sound ?? '?').sort();
  }, OFFSCREEN);

test('an order made here and paid with the popup closed plays the paid chime in the offscreen document; an expired one the alert', async ({ configure, openPage, sandbox, serviceWorker, context }) => {
  await configure({ pollIntervalSeconds: 5 });
  expect(await offscreenDocuments(serviceWorker)).toBe(0);
  await createInPopup(openPage, '4.20');
  await closePopups(context);
  const [order] = await sandboxOrders(sandbox);
  await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'paid' });

  await expect.poll(() => offscreenDocuments(serviceWorker), { timeout: 30_000 }).toBe(1);
  const observer = await openPage(OPTIONS);
  await expect.poll(() => playedSounds(observer)).toEqual(['paid']);
  // The notification stays beside the sound.
  expect((await notifiedOrders(serviceWorker)).some((id) => id.includes(order?.uuid ?? '-'))).toBe(true);

  await createInPopup(openPage, '6.00');
  const expiring = (await sandboxOrders(sandbox)).find((o) => o.uuid !== order?.uuid);
  await admin(sandbox, `/orders/${expiring?.uuid}/step`, { to: 'expired' });
  await expect.poll(() => playedSounds(observer), { timeout: 30_000 }).toEqual(['alert', 'paid']);
});

test('with "Sound on payment" off a payment is notified but plays nothing; switched on in the options, the next change sounds', async ({ configure, openPage, sandbox, serviceWorker, context }) => {
  await configure({ pollIntervalSeconds: 5, sound: false });
  await createInPopup(openPage, '3.10');
  await closePopups(context);
  const [paid] = await sandboxOrders(sandbox);
  await admin(sandbox, `/orders/${paid?.uuid}/step`, { to: 'paid' });

  // The worker noticed the payment (its notification is up) but claimed no sound.
  await expect.poll(() => notifiedOrders(serviceWorker), { timeout: 30_000 }).toContainEqual(expect.stringContaining(paid?.uuid ?? '-'));
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('soundsPlayed'))).toEqual({});

  const options = await openPage(OPTIONS);
  await options.getByLabel('Sound on payment').check();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => serviceWorker.evaluate(() => chrome.storage.local.get('settings').then((s) => (s.settings as { sound?: boolean }).sound))).toBe(true);

  await createInPopup(openPage, '5.40');
  const expiring = (await sandboxOrders(sandbox)).find((o) => o.uuid !== paid?.uuid);
  await admin(sandbox, `/orders/${expiring?.uuid}/step`, { to: 'expired' });
  // Once the expiry has sounded, the earlier payment certainly would have: it never did.
  await expect.poll(() => playedSounds(options), { timeout: 30_000 }).toEqual(['alert']);
});

/**
 * The counter in the browser's side panel (issue 25 points 1, 2, 3, 5): the side panel's page
 * makes a sale to Paid and says so once through the live region; the manifest names it and the
 * shortcuts; at 380×600 the amount, today's figures and the three newest orders are above the
 * fold with every header state, and the header keeps its one-line height.
 */
import type { Page } from '@playwright/test';
import { POPUP, SIDE_PANEL, expect, test } from './fixtures';
import { admin, expectAccessible, sandboxOrders, shoot } from './popup-helpers';

/** Counts every text the live region takes, from before anything is announced. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[aria-live="polite"]');
    const told: string[] = [];
    (globalThis as unknown as { told: string[] }).told = told;
    if (!region) throw new Error('no live region');
    new MutationObserver(() => told.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (globalThis as unknown as { told: string[] }).told.filter((text) => text !== ''));
}

test('the side panel page renders the counter and makes a sale to Paid, announced once', async ({ configure, openPage, sandbox, serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.side_panel?.default_path).toBe(SIDE_PANEL);
  expect(manifest.permissions).toContain('sidePanel');
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  // Chromium loaded with --load-extension leaves suggested keys unassigned; the manifest suggests it.
  expect(commands.map((c) => c.name).sort()).toEqual(['_execute_action', 'open-side-panel']);
  expect(manifest.commands?._execute_action?.suggested_key).toEqual({ default: 'Alt+Shift+P' });

  await configure();
  // A side panel cannot be opened headless: its page is the same document, in a tab of its size.
  const panel = await openPage(SIDE_PANEL, { width: 360, height: 800 });
  await expect(panel.getByRole('tab', { name: 'New order' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Today' })).toBeVisible();
  // No "Keep open in the side panel" inside the side panel itself.
  await expect(panel.getByRole('button', { name: 'Keep open in the side panel' })).toHaveCount(0);
  const region = panel.locator('[aria-live="polite"]');
  await expect(region).toHaveCount(1);
  const announcements = await recordAnnouncements(panel);

  await expect(panel.getByLabel('Amount')).toBeFocused();
  await panel.keyboard.type('7,25');
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  const [order] = await sandboxOrders(sandbox);
  expect(order?.amount).toBe('7.25');
  await shoot(panel, 'sidepanel-order');

  await panel.getByRole('button', { name: 'Customer pays in full' }).click();
  await expect(panel.getByRole('heading', { name: 'Paid', exact: true })).toBeVisible();
  await expect(region).toHaveText('Paid');
  // Later refreshes of the same Paid order say nothing more.
  await panel.waitForTimeout(2500);
  expect(await announcements()).toEqual(['Paid']);
  expect((await sandboxOrders(sandbox)).map((o) => [o.amount, (o.state as { blockchain_status: string }).blockchain_status])).toEqual([['7.25', 'paid']]);
  await shoot(panel, 'sidepanel-paid');
  await expectAccessible(panel, 'side panel, paid');
});

test('the popup offers to keep the counter open in the side panel', async ({ configure, openPage }) => {
  await configure();
  const popup = await openPage(POPUP);
  await expect(popup.getByRole('button', { name: 'Keep open in the side panel' })).toBeVisible();
});

const LANGUAGES = [
  { uiLocale: 'en-US', amount: 'Amount', latest: 'Latest orders', today: 'Today', lock: 'Lock', offline: 'Offline', mode: 'Sandbox' },
  { uiLocale: 'it-IT', amount: 'Importo', latest: 'Ultimi ordini', today: 'Oggi', lock: 'Blocca', offline: 'Non connesso', mode: 'Prova' },
];

for (const words of LANGUAGES) {
  test.describe(words.uiLocale, () => {
    test.use({ uiLocale: words.uiLocale });

    test('at 380×600 the amount, today and the three newest orders are above the fold, with the header on one line in every state', async ({
      configure,
      openPage,
      sandbox,
      sendMessage,
    }) => {
      // One line: the header as it first paints, with the title and the settings button only.
      const first = await openPage(POPUP);
      const oneLine = await first.locator('header.top').evaluate((el) => el.getBoundingClientRect().height);
      const titleLine = await first.locator('header.top h1').evaluate((el) => el.getBoundingClientRect().height);
      await first.close();

      await admin(sandbox, '/reset', { seed: 60 });
      await configure({ passphrase: 'counter-passphrase-1' });
      const online = await openPage(POPUP);
      await expect(online.getByRole('list', { name: words.latest }).getByRole('button').nth(2)).toBeVisible();
      await online.close();
      await sandbox.close();
      expect(await sendMessage('orders.refresh', { filter: 'all' })).toMatchObject({ ok: true, data: { offlineSince: expect.any(Number) } });

      const page = await openPage(POPUP);
      const header = page.locator('header.top');
      await expect(header.getByText(words.mode, { exact: true })).toBeVisible();
      await expect(header.getByRole('button', { name: words.lock })).toBeVisible();
      await expect(header.getByText(words.offline)).toBeVisible();
      await expect(header.getByRole('button', { name: /side panel|pannello laterale/ })).toBeVisible();
      expect(await header.evaluate((el) => el.getBoundingClientRect().height)).toBe(oneLine);
      expect(await header.locator('h1').evaluate((el) => el.getBoundingClientRect().height)).toBe(titleLine);

      const rows = page.getByRole('list', { name: words.latest }).getByRole('button');
      await expect(rows.nth(2)).toBeVisible();
      await shoot(page, `above-the-fold-${words.uiLocale}`);
      const boxes = { amount: page.getByLabel(words.amount), today: page.getByRole('heading', { name: words.today }), row1: rows.nth(0), row2: rows.nth(1), row3: rows.nth(2) };
      for (const [name, box] of Object.entries(boxes)) {
        const rect = await box.boundingBox();
        expect(rect, name).not.toBeNull();
        expect(rect!.y, name).toBeGreaterThanOrEqual(0);
        expect(rect!.y + rect!.height, `${name} ends below the fold`).toBeLessThanOrEqual(600);
      }
      expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    });
  });
}

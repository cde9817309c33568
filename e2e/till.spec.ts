/**
 * Named tills and cashiers (issue 24): two browser profiles ("Cassa 1", "Cassa 2") on one
 * sandbox account, each with a cashier chosen in the chooser; the tags each order carries
 * to the server; the Orders list's till filter; the Italian CSV read back as a spreadsheet.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { extensionArgs, chromiumPath } from '../scripts/chromium';
import { sandboxSettings } from '../scripts/sandbox-settings';
import type { Sandbox } from '../sandbox/server';
import { tagsOf, typedDetails } from '../src/messaging/order-tags';
import { csvStyleFor } from '../src/shared/csv';
import { readLikeSpreadsheet } from '../src/shared/csv-read.test-util';
import type { SettingsSave } from '../src/messaging/protocol';
import { EXTENSION_DIR, POPUP, expect, test } from './fixtures';
import { expectAccessible, sandboxOrders } from './popup-helpers';
import { secondTillOrder } from './second-till';

const CASHIERS = { cashiers: ['Anna', 'Marco'], cashierFreeText: false } satisfies Partial<SettingsSave>;

/** A second browser profile: its own user-data-dir, the same built extension, the same sandbox. */
async function secondProfile(locale: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'webpos-till-'));
  const context = await chromium.launchPersistentContext(dir, {
    locale, colorScheme: 'light', executablePath: chromiumPath(), headless: true,
    args: [...extensionArgs(EXTENSION_DIR), `--lang=${locale.split('-')[0]}`], viewport: { width: 380, height: 600 },
  });
  return { context, close: async () => (await context.close(), rmSync(dir, { recursive: true, force: true })) };
}

async function popupOf(context: BrowserContext): Promise<Page> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/${POPUP}`);
  return page;
}

async function save(page: Page, sandbox: Sandbox, overrides: Partial<SettingsSave>): Promise<void> {
  const reply = await page.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings.save', payload: s }), sandboxSettings(sandbox, overrides));
  expect((reply as { ok: boolean }).ok).toBe(true);
  await page.reload();
}

async function sell(page: Page, amount: string, reference: string): Promise<void> {
  await page.getByLabel('Amount').fill(amount);
  await page.getByLabel('Reference').fill(reference);
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await page.keyboard.press('Escape');
}

test('two tills and two cashiers: each order carries its till and cashier; "This till" shows only this till\'s', async ({ context, sandbox }, testInfo) => {
  const second = await secondProfile('en-US');
  try {
    const till1 = await popupOf(context);
    await save(till1, sandbox, { tillName: 'Cassa 1', ...CASHIERS });
    const till2 = await popupOf(second.context);
    await save(till2, sandbox, { tillName: 'Cassa 2', ...CASHIERS });

    // The start of a shift: the chooser asks, one click picks.
    for (const [page, name] of [[till1, 'Anna'], [till2, 'Marco']] as const) {
      await expect(page.getByRole('heading', { name: 'Who is at the till?' })).toBeVisible();
      await page.getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('button', { name: `Cashier: ${name} (change)` })).toBeVisible();
    }
    await till1.screenshot({ path: testInfo.outputPath('header-cashier.png') });

    await sell(till1, '10', 'Table 1');
    await sell(till2, '2,50', 'Table 2');
    await secondTillOrder(sandbox, { amount: '7.00', details: 'Made elsewhere' });
    // One click changes the cashier: Marco takes over till 2.
    await till2.getByRole('button', { name: 'Cashier: Marco (change)' }).click();
    await till2.getByRole('button', { name: 'Anna', exact: true }).click();
    await sell(till2, '4', 'Table 3');

    const server = (await sandboxOrders(sandbox)).map((o) => [o.amount, tagsOf(o.details as string | null), typedDetails(o.details as string | null)]);
    expect(server).toEqual([
      ['10.00', { till: 'Cassa 1', cashier: 'Anna' }, null],
      ['2.50', { till: 'Cassa 2', cashier: 'Marco' }, null],
      ['7.00', {}, 'Made elsewhere'],
      ['4.00', { till: 'Cassa 2', cashier: 'Anna' }, null],
    ]);

    await till1.getByRole('tab', { name: /Orders/ }).click();
    const list = till1.getByRole('list', { name: /Recent orders/ });
    await expect(list.getByRole('button')).toHaveCount(4);
    await expect(list.getByRole('button', { name: /7\.00.*no till/ })).toBeVisible();
    await expect(list.getByRole('button', { name: /2\.50.*Cassa 2/ })).toBeVisible();
    await till1.getByLabel('Till').selectOption({ label: 'This till (Cassa 1)' });
    await expect(list.getByRole('button')).toHaveCount(1);
    await expect(list.getByRole('button', { name: /10\.00.*Cassa 1/ })).toBeVisible();
    await till1.screenshot({ path: testInfo.outputPath('list-this-till.png') });
    await expectAccessible(till1, 'orders with tills');

    // A lock ends the shift: the cashier is forgotten.
    const dropped = await till1.evaluate(async () => {
      await chrome.runtime.sendMessage({ type: 'role.drop', payload: null });
      return (await chrome.runtime.sendMessage({ type: 'till.cashier.get', payload: null })) as unknown;
    });
    expect(dropped).toEqual({ ok: true, data: { name: null, offered: true } });
  } finally {
    await second.close();
  }
});

test('a till without the name the manager requires refuses to sell and says where to name it', async ({ configure, openPage, sandbox }) => {
  await configure({ tillNameRequired: true, tillName: '' });
  const page = await openPage(POPUP);
  await expect(page.getByRole('alert').getByText(/requires a till name before the first sale/)).toBeVisible();
  await expect(page.getByRole('alert').getByRole('button', { name: 'Open settings' })).toBeVisible();
  await page.getByLabel('Amount').fill('5');
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByText(/requires a till name/).nth(1)).toBeVisible();
  expect(await sandboxOrders(sandbox)).toEqual([]);
});

test.describe('in Italian', () => {
  test.use({ uiLocale: 'it-IT' });

  test('the CSV opens in columns in an Italian spreadsheet and adds up to the sandbox\'s orders', async ({ configure, openPage, sandbox }) => {
    await configure({ tillName: 'Cassa 1', cashiers: ['Anna'], cashierFreeText: true });
    const page = await openPage(POPUP);
    await page.getByLabel('Il tuo nome').fill('Lucia');
    await page.getByRole('button', { name: 'Inizia il turno' }).click();
    await page.getByLabel('Importo').fill('12,5');
    await page.getByRole('button', { name: /Crea ordine/ }).click();
    await expect(page.getByRole('img', { name: /QR/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await secondTillOrder(sandbox, { amount: '1234.05', reference: '=HYPERLINK("x")' });
    await page.getByRole('tab', { name: /Ordini/ }).click();
    await expect(page.getByRole('list', { name: /Ordini/ }).getByRole('button')).toHaveCount(2);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^webpos-until-\d{4}-\d\d-\d\d\.csv$/);
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const it = csvStyleFor('it');
    const [header, ...rows] = readLikeSpreadsheet(text, it);
    const column = (name: string) => header!.findIndex((cell) => 'text' in cell && cell.text === name);
    expect(column('Importo')).toBeGreaterThan(-1);
    const cents = rows.reduce((sum, row) => sum + Math.round((row[column('Importo')] as { number: number }).number * 100), 0);
    const server = await sandboxOrders(sandbox);
    expect(cents).toBe(server.reduce((sum, o) => sum + Math.round(Number(o.amount) * 100), 0));
    expect(rows.map((row) => [row[column('Cassa')], row[column('Cassiere')]])).toEqual([
      [{ text: '' }, { text: '' }],
      [{ text: 'Cassa 1' }, { text: 'Lucia' }],
    ]);
    expect(rows[0]?.[column('Riferimento')]).toEqual({ text: '=HYPERLINK("x")' });
    expect(rows[1]?.[column('Data e ora')]).toEqual({ text: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d$/) });
  });
});

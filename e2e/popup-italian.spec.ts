/**
 * The popup in Italian (issue 15): a cashier whose browser speaks Italian makes an order and
 * sees it paid through Italian words only, with amounts written as Italians write them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { POPUP, expect, test } from './fixtures';
import { expectAccessible, expectNoSidewaysScroll, sandboxOrders, shoot } from './popup-helpers';

test.use({ uiLocale: 'it-IT' });

type Catalogue = Record<string, { message: string }>;
const catalogue = (language: string): Catalogue =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'public', '_locales', language, 'messages.json'), 'utf8')) as Catalogue;
const english = catalogue('en');
const italian = catalogue('it');
/** English sentences of the popup's catalogue that Italian says differently (whole messages, no placeholders). */
const englishOnly = Object.entries(english)
  .filter(([key, { message }]) => /^(common|create|order|orders|popup|sandbox|status)_/.test(key) && !message.includes('$') && message.length > 3)
  .filter(([key, { message }]) => italian[key]?.message !== message)
  .map(([, { message }]) => message)
  // "Sandbox" is also a word of "Sandbox (prova)".
  .filter((message) => !Object.values(italian).some((entry) => entry.message.includes(message)));

async function expectNoEnglish(page: Page, what: string): Promise<void> {
  const shown = await page.locator('body').innerText();
  expect(englishOnly.filter((sentence) => shown.includes(sentence)), `English words on the ${what} view`).toEqual([]);
}

test('in Italian, an order is made and seen paid through Italian words, with amounts written the Italian way', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP);
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByRole('tab', { name: 'Nuovo ordine', selected: true })).toBeVisible();
  const amount = page.getByLabel('Importo');
  await expect(amount).toBeFocused();
  await expect(page.getByText('es. 12,50, oppure 3,50+2 per sommare')).toBeVisible();

  // A sum is previewed in Italian money; a wrong amount is refused in Italian.
  await amount.fill('10+2,5');
  await expect(page.getByText(/^= 12,50\s€$/)).toBeVisible();
  await page.getByText('Facoltativo: link per vendite online, conferme').click();
  await expect(page.getByLabel('Conferme richieste')).toBeVisible();
  await expectNoEnglish(page, 'create');
  await expectNoSidewaysScroll(page, 'create (Italian)');
  await shoot(page, 'italian-create');
  await expectAccessible(page, 'create (Italian)');

  await page.getByRole('button', { name: 'Crea ordine' }).click();
  await expect(page.getByRole('img', { name: 'Codice QR di pagamento' })).toBeVisible({ timeout: 20_000 });
  const [order] = await sandboxOrders(sandbox);
  expect(order?.amount).toBe('12.50');
  await expect(page.getByRole('heading', { name: /^12,50\s€$/ })).toBeVisible();
  await expect(page.locator('.order-head').getByText('In attesa', { exact: true })).toBeVisible();
  await expect(page.getByText(/Scade tra 1[45]:\d\d/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annulla ordine' })).toBeVisible();
  await expectNoEnglish(page, 'order');
  await expectNoSidewaysScroll(page, 'order (Italian)');
  await shoot(page, 'italian-order');
  await expectAccessible(page, 'order (Italian)');

  await page.getByRole('button', { name: 'Il cliente paga tutto' }).click();
  await expect(page.getByRole('heading', { name: 'Pagato' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Codice QR di pagamento' })).toHaveCount(0);
  await expect(page.getByText(/BTC ricevuti, /)).toBeVisible();
  await page.getByText('Dettagli ordine').click();
  await expect(page.getByRole('term').filter({ hasText: 'Conferme richieste' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Transazioni' })).toBeVisible();
  await expectNoEnglish(page, 'paid order');
  await shoot(page, 'italian-paid');

  // The list says it in Italian too: status word, amount, and a counted phrase.
  await page.getByRole('button', { name: 'Indietro' }).click();
  await page.getByRole('tab', { name: 'Ordini' }).click();
  const row = page.getByRole('list', { name: 'Ordini recenti, dal più nuovo' }).getByRole('button').first();
  await expect(row).toContainText(/12,50\s€/);
  await expect(row).toContainText('Pagato');
  await expect(page.getByText('1 di 1 ordine', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expectNoEnglish(page, 'orders');
  await shoot(page, 'italian-orders');
  await expectAccessible(page, 'orders (Italian)');
});

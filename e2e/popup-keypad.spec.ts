/**
 * The touch counter (issue 25 point 4): a sale made only by tapping the keypad and items, the
 * keypad's decimal mark in Italian, and the manager's items card in the options.
 */
import type { Page } from '@playwright/test';
import { OPTIONS, POPUP, expect, test } from './fixtures';
import { expectAccessible, expectNoSidewaysScroll, sandboxOrders, shoot } from './popup-helpers';

const ITEMS = [
  { name: 'Caffè', price: '1.20', emoji: '☕' },
  { name: 'Cornetto', price: '1.10', emoji: '🥐' },
  { name: 'Spremuta', price: '3.50' },
];

const item = (page: Page, name: string) => page.getByRole('group', { name: /^(Items|Articoli)$/ }).getByRole('button', { name: new RegExp(name) });

test('a sale made only by tapping two items and Enter is one order for the cart’s total, its items in the reference', async ({ configure, openPage, sandbox }) => {
  await configure({ keypad: 'on', items: ITEMS });
  const page = await openPage(POPUP);
  const keypad = page.getByRole('group', { name: 'Keypad' });
  await expect(keypad).toBeVisible();
  for (const name of ['Caffè', 'Caffè', 'Cornetto']) await item(page, name).click();
  await expect(page.getByLabel('Amount')).toHaveValue('3.50');
  await expect(page.getByText('Total €3.50')).toBeVisible();
  await expect(page.getByText('Reference: 2× Caffè, 1× Cornetto')).toBeVisible();
  for (const key of await keypad.getByRole('button').all()) {
    const box = await key.boundingBox();
    expect(box && Math.min(box.width, box.height), 'keypad targets are at least 44 px').toBeGreaterThanOrEqual(44);
  }
  await expectNoSidewaysScroll(page, 'keypad and cart');
  await shoot(page, 'keypad-cart');
  await expectAccessible(page, 'keypad and cart');

  await keypad.getByRole('button', { name: 'Enter' }).click();
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible({ timeout: 20_000 });
  const orders = await sandboxOrders(sandbox);
  expect(orders).toHaveLength(1);
  expect(orders[0]?.amount).toBe('3.50');
  expect(String(orders[0]?.reference)).toMatch(/^2× Caffè, 1× Cornetto #[0-9A-Z]{8}$/);
});

test.describe('in Italian', () => {
  test.use({ uiLocale: 'it-IT' });

  test('the keypad types the Italian decimal mark, and the order is for that amount', async ({ configure, openPage, sandbox }) => {
    await configure({ keypad: 'on', items: ITEMS });
    const page = await openPage(POPUP);
    const keypad = page.getByRole('group', { name: 'Tastierino' });
    // A cart first: pressing a digit starts a typed amount, empties the cart and says so.
    await item(page, 'Spremuta').click();
    await expect(page.getByText('Totale 3,50 €')).toBeVisible();
    for (const key of ['1', '2', ',', '5', '5']) await keypad.getByRole('button', { name: key, exact: true }).click();
    await keypad.getByRole('button', { name: 'Cancella l’ultima cifra' }).click();
    await expect(page.getByLabel('Importo')).toHaveValue('12,5');
    await expect(page.getByText('Carrello svuotato: verrà usato l’importo digitato.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Carrello' })).toHaveCount(0);
    await shoot(page, 'keypad-italian');
    await expectAccessible(page, 'keypad (Italian)');

    await keypad.getByRole('button', { name: 'Invio' }).click();
    await expect(page.getByRole('img', { name: 'Codice QR di pagamento' })).toBeVisible({ timeout: 20_000 });
    const orders = await sandboxOrders(sandbox);
    expect(orders.map((o) => o.amount)).toEqual(['12.50']);
    expect(String(orders[0]?.reference)).not.toMatch(/Spremuta/);
  });
});

test('the options’ items card adds, edits and removes items, and refuses a bad price with a clear message', async ({ configure, openPage, sendMessage }) => {
  await configure({ items: [{ name: 'Tè', price: '2.00' }] });
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  const card = page.getByRole('region', { name: 'Items' });
  await expect(card.getByText('Tè')).toBeVisible();

  await card.getByLabel('Name').fill('Caffè');
  await card.getByLabel('Price (€)').fill('1,234');
  await card.getByLabel('Emoji (optional)').fill('☕');
  await card.getByRole('button', { name: 'Add item' }).click();
  await expect(card.getByText('Enter a price in euros above zero, with at most two decimals (for example 2.50).')).toBeVisible();
  await expect(card.getByLabel('Price (€)')).toBeFocused();
  await expect(card.getByLabel('Price (€)')).toHaveAttribute('aria-invalid', 'true');
  await card.getByLabel('Price (€)').fill('1,2');
  await card.getByRole('button', { name: 'Add item' }).click();
  await expect(card.getByText(/Caffè/)).toBeVisible();

  await card.getByRole('button', { name: 'Edit Caffè' }).click();
  await expect(card.getByLabel('Price (€)')).toHaveValue('1.20');
  await card.getByLabel('Name').fill('Espresso');
  await card.getByRole('button', { name: 'Update item' }).click();
  await card.getByRole('button', { name: 'Remove Tè' }).click();
  await page.getByLabel('On-screen keypad').selectOption('on');
  await shoot(page, 'options-items');
  await expectAccessible(page, 'options items');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect
    .poll(async () => {
      const result = await sendMessage('settings.get', null);
      return result.ok ? { keypad: result.data.keypad, items: result.data.items } : null;
    })
    .toEqual({ keypad: 'on', items: [{ name: 'Espresso', price: '1.20', emoji: '☕' }] });
});

test('the worker refuses a bad items list sent around the options page', async ({ configure }) => {
  await expect(configure({ items: [{ name: 'Free', price: '0' }] })).rejects.toThrow(/items/);
});

/**
 * Close the day inside the popup (issue 24): a day of sales made straight at the sandbox,
 * added up in the popup at its real size, every figure of every till and cashier compared
 * with sums computed here from the sandbox's own orders; a figure opens its orders, a row
 * its order; a cashier sees their own till; nothing scrolls sideways at 380×600.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectedPer, makeDayOfSales, type ExpectedFigures } from './day-sales';
import { expect, POPUP, test } from './fixtures';
import { expectAccessible, expectNoSidewaysScroll } from './popup-helpers';

const SIZE = { width: 380, height: 600 };

// On a failure, what the extension asked the sandbox (a read that failed or found nothing shows there).
test.afterEach(async ({ sandbox }, info) => {
  if (info.status === info.expectedStatus) return;
  const log = await (await fetch(`${sandbox.url}/__sandbox/requests`)).text();
  await info.attach('sandbox-requests.json', { body: log, contentType: 'application/json' });
});
const euro = (cents: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(cents / 100);

async function addUpInPopup(popup: Page, open = 'Close the day', addUp = 'Add up the day'): Promise<void> {
  await popup.getByRole('button', { name: open, exact: true }).click();
  await popup.getByRole('button', { name: addUp }).click();
  await expect(popup.locator('.day-card').first()).toBeVisible({ timeout: 20_000 });
}

/** Opens the card of `name` (its summary) and checks each figure against the sandbox's sums. */
async function expectCard(popup: Page, name: string, f: ExpectedFigures): Promise<void> {
  const card = popup.locator('details.day-card').filter({ has: popup.locator('summary .day-card-name').getByText(name, { exact: true }) });
  await expect(card).toHaveCount(1);
  if (!(await card.evaluate((d) => (d as HTMLDetailsElement).open))) await card.locator('summary').click();
  const cell = (label: string, value: string) => card.getByRole('button', { name: `${label}, ${name}: ${value}`, exact: true });
  await expect(cell('Paid (orders)', String(f.paidCount))).toBeVisible();
  await expect(cell('Paid (€)', euro(f.paidCents))).toBeVisible();
  await expect(cell('Part-paid: € received', euro(f.partialReceivedCents))).toBeVisible();
  await expect(cell('Part-paid: € missing', euro(f.partialMissingCents))).toBeVisible();
  await expect(cell('Overpaid: € excess', euro(f.overpaidCents))).toBeVisible();
  await expect(cell('Expired with money: € received', euro(f.expiredReceivedCents))).toBeVisible();
  await expect(cell('Expired empty', String(f.expiredEmpty))).toBeVisible();
  await expect(cell('Cancelled', String(f.cancelled))).toBeVisible();
}

test('the popup adds up the day per till and per cashier as the sandbox’s own orders say; a figure opens its orders', async ({ configure, openPage, sandbox, context }) => {
  await configure();
  await makeDayOfSales(sandbox);
  const perTill = await expectedPer(sandbox, 'till');
  const perCashier = await expectedPer(sandbox, 'cashier');
  expect(perTill.size).toBe(3);
  expect(perCashier.size).toBe(3);

  const popup = await openPage(POPUP, SIZE);
  await popup.getByRole('button', { name: 'Close the day', exact: true }).click();
  await expect(popup.getByRole('heading', { name: 'Close the day' })).toBeVisible();
  await expect(popup.getByLabel('Amount')).toBeHidden();
  await popup.getByRole('button', { name: 'Add up the day' }).click();
  await expect(popup.getByRole('heading', { name: 'Per till' })).toBeVisible({ timeout: 20_000 });
  await expect(popup.getByText('1 order(s) carry no till: they are under “no till”.')).toBeVisible();

  for (const [till, f] of perTill) await expectCard(popup, till === '' ? 'no till' : till, f);
  for (const [cashier, f] of perCashier) await expectCard(popup, cashier === '' ? 'no cashier' : cashier, f);
  await expectNoSidewaysScroll(popup, 'close of day, every card open, at 380×600');
  await expectAccessible(popup, 'close of day in the popup');

  // Save as CSV, from the popup: the day's lines, Cassa 1's paid € as the sandbox has it.
  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Save as CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const [header, ...lines] = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n').map((line) => line.split(','));
  const cassa1 = lines.find((cells) => cells[0] === 'Till' && cells[1] === 'Cassa 1');
  expect(Math.round(Number(cassa1?.[header!.indexOf('Paid (€)')]) * 100)).toBe(perTill.get('Cassa 1')!.paidCents);

  // A figure lists its orders; a row opens the order; Back returns to the list, then to the figures.
  await popup.getByRole('button', { name: 'Paid (orders), Cassa 1: 2', exact: true }).click();
  await expect(popup.getByRole('heading', { name: 'Cassa 1 — Paid (orders)' })).toBeVisible();
  const rows = popup.locator('.popup-day-orders .order-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '€12.50' })).toHaveCount(1);
  await expectNoSidewaysScroll(popup, 'a figure’s orders at 380×600');
  await rows.filter({ hasText: '€12.50' }).click();
  await expect(popup.getByRole('heading', { name: 'Cassa 1 — Paid (orders)' })).toBeHidden();
  await expect(popup.locator('.order-view')).toBeVisible();
  await expect(popup.locator('.order-title')).toContainText('12.50');
  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(popup.getByRole('heading', { name: 'Cassa 1 — Paid (orders)' })).toBeVisible();
  await popup.getByRole('button', { name: 'Back to the figures' }).click();
  await expect(popup.getByRole('heading', { name: 'Per cashier' })).toBeVisible();

  // The full page, for printing: the same day, added up at once.
  const opened = context.waitForEvent('page');
  await popup.getByRole('link', { name: 'Print / open full page' }).click();
  const page = await opened;
  await expect(page).toHaveURL(/src\/day\/index\.html\?date=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('button', { name: `Paid (orders), Cassa 1: ${perTill.get('Cassa 1')!.paidCount}`, exact: true })).toBeVisible({ timeout: 20_000 });
});

test('a cashier sees only their own till in the popup’s close of day', async ({ configure, openPage, sandbox, sendMessage }) => {
  await configure({ tillName: 'Cassa 1' });
  await makeDayOfSales(sandbox);
  const mine = (await expectedPer(sandbox, 'till')).get('Cassa 1')!;
  expect(await sendMessage('role.setPin', { pin: '482916' })).toMatchObject({ ok: true });
  expect(await sendMessage('role.drop', null)).toMatchObject({ ok: true });

  const popup = await openPage(POPUP, SIZE);
  await addUpInPopup(popup);
  await expect(popup.getByText('Till Cassa 1 only (cashier view).')).toBeVisible();
  await expect(popup.locator('.day-card-name').getByText('Cassa 2', { exact: true })).toHaveCount(0);
  await expect(popup.locator('.day-card-name').getByText('no till', { exact: true })).toHaveCount(0);
  await expectCard(popup, 'Cassa 1', mine);
  await expectCard(popup, 'Total', mine);
});

test.describe('in Italian', () => {
  test.use({ uiLocale: 'it-IT' });

  test('the popup’s close of day fits 380×600 without sideways scroll', async ({ configure, openPage, sandbox }) => {
    await configure();
    await makeDayOfSales(sandbox);
    const popup = await openPage(POPUP, SIZE);
    await addUpInPopup(popup, 'Chiudi la giornata', 'Calcola la giornata');
    await expect(popup.getByRole('heading', { name: 'Per cassa' })).toBeVisible();
    const closed = popup.locator('details.day-card:not([open]) summary');
    while ((await closed.count()) > 0) await closed.first().click();
    await expectNoSidewaysScroll(popup, 'chiusura di giornata, every card open, at 380×600');
    await popup.locator('.day-card .figure').first().click();
    await expect(popup.locator('.popup-day-orders h3')).toBeVisible();
    await expectNoSidewaysScroll(popup, 'the orders of a figure, in Italian, at 380×600');
  });
});

/**
 * Close the day and the customer's receipt, against the local sandbox: a day of sales made
 * straight at the sandbox (two tills, two cashiers, one order with no till), added up by the
 * extension, compared with sums computed here from the sandbox's own orders.
 */
import { readFile } from 'node:fs/promises';
import { detailsWithTags } from '../src/messaging/order-tags';
import { newSaleCode, referenceWithCode, saleCodeOf } from '../src/messaging/sale-code';
import { expectedPerTill, makeDayOfSales, type ExpectedFigures } from './day-sales';
import { expect, POPUP, test } from './fixtures';
import { decodeQr, inPage } from './driver/rendered-image';
import { admin, expectAccessible, expectNoSidewaysScroll, sandboxOrders } from './popup-helpers';
import { secondTillOrder } from './second-till';

const euro = (locale: string, cents: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

test('the day per till: every figure equals the sandbox’s own orders, untagged under “no till”', async ({ configure, openPage, sandbox, context }) => {
  await configure();
  await makeDayOfSales(sandbox);
  const expected = await expectedPerTill(sandbox);

  // The popup's Close the day opens in the popup; its link opens this page on the same day, added up at once.
  const popup = await openPage(POPUP);
  await popup.getByRole('button', { name: 'Close the day', exact: true }).click();
  const opened = context.waitForEvent('page');
  await popup.getByRole('link', { name: 'Print / open full page' }).click();
  const page = await opened;
  await expect(page.getByRole('heading', { name: 'Per till' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/Days run midnight to midnight in this browser’s time zone/)).toBeVisible();
  await expect(page.getByText('1 order(s) carry no till: they are under “no till”.')).toBeVisible();

  for (const [till, f] of expected) {
    const name = till === '' ? 'no till' : till;
    const cell = (label: string, value: string) => page.getByRole('button', { name: `${label}, ${name}: ${value}`, exact: true });
    await expect(cell('Paid (orders)', String(f.paidCount))).toBeVisible();
    await expect(cell('Paid (€)', euro('en-US', f.paidCents))).toBeVisible();
    await expect(cell('Part-paid: € received', euro('en-US', f.partialReceivedCents))).toBeVisible();
    await expect(cell('Part-paid: € missing', euro('en-US', f.partialMissingCents))).toBeVisible();
    await expect(cell('Overpaid: € excess', euro('en-US', f.overpaidCents))).toBeVisible();
    await expect(cell('Expired with money: € received', euro('en-US', f.expiredReceivedCents))).toBeVisible();
    await expect(cell('Expired empty', String(f.expiredEmpty))).toBeVisible();
    await expect(cell('Cancelled', String(f.cancelled))).toBeVisible();
  }
  // Per cashier: Anna took 12.50 and 0.20 paid.
  await expect(page.getByRole('button', { name: `Paid (€), Anna: ${euro('en-US', 1270)}`, exact: true })).toBeVisible();

  // A figure opens its orders.
  await page.getByRole('button', { name: 'Paid (orders), Cassa 1: 2', exact: true }).click();
  const list = page.locator('.day-orders');
  await expect(list.getByRole('heading', { name: 'Cassa 1 — Paid (orders)' })).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('cell', { name: '€12.50' })).toBeVisible();
  await expectAccessible(page, 'close of day');

  // Printed on an 80 mm roll (about 302 CSS px), the tables fit the paper's width.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 302, height: 900 });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('day-80mm.png'), fullPage: true });
  await expectNoSidewaysScroll(page, 'close of day printed at 80 mm');
});

test.describe('in Italian', () => {
  test.use({ uiLocale: 'it-IT' });

  test('the day’s CSV, read as an Italian spreadsheet reads it, gives the same sums', async ({ configure, openPage, sandbox }) => {
    await configure();
    await makeDayOfSales(sandbox);
    const expected = await expectedPerTill(sandbox);
    const page = await openPage('src/day/index.html', { width: 1000, height: 900 });
    await page.getByRole('button', { name: 'Calcola la giornata' }).click();
    await expect(page.getByRole('heading', { name: 'Per cassa' })).toBeVisible({ timeout: 20_000 });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Salva come CSV' }).click();
    const file = await (await download).path();
    const raw = await readFile(file, 'utf8');
    expect(raw.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = raw.slice(1).trimEnd().split('\r\n').map((line) => line.split(';'));
    const column = (label: string) => header!.indexOf(label);
    expect(column('Pagati (€)')).toBeGreaterThan(1);
    const number = (text: string | undefined) => Number((text ?? '').replace(',', '.'));
    const sum = (cells: string[], label: string) => Math.round(number(cells[column(label)]) * 100);
    for (const [till, f] of expected) {
      const row = rows.find((r) => r[0] === 'Cassa' && r[1] === (till === '' ? 'nessuna cassa' : till));
      expect(row, `CSV line of ${till || 'no till'}`).toBeDefined();
      const got: Partial<ExpectedFigures> = {
        paidCount: number(row![column('Pagati (ordini)')]),
        paidCents: sum(row!, 'Pagati (€)'),
        paidSats: Math.round(number(row![column('Pagati (BTC)')]) * 1e8),
        partialReceivedCents: sum(row!, 'Pagati in parte: € ricevuti'),
        partialMissingCents: sum(row!, 'Pagati in parte: € mancanti'),
        overpaidCents: sum(row!, 'Pagati in eccesso: € in più'),
        expiredReceivedCents: sum(row!, 'Scaduti con denaro: € ricevuti'),
        expiredEmpty: number(row![column('Scaduti senza pagamento')]),
        cancelled: number(row![column('Annullati')]),
      };
      expect(got).toEqual(f);
    }
  });
});

test('a receipt for a paid order: sale code, amount, txid, not a fiscal receipt; it fits an 80 mm page', async ({ configure, openPage, sandbox }) => {
  await configure({ shopName: 'Bar Centrale' });
  const code = newSaleCode();
  const uuid = await secondTillOrder(sandbox, { amount: '12.50', reference: referenceWithCode(null, code), details: detailsWithTags(null, { till: 'Cassa 1', cashier: 'Anna' }) ?? undefined }, 'paid');
  const page = await openPage(`src/receipt/index.html?uuid=${uuid}`);
  await expect(page.getByRole('heading', { name: 'Payment receipt' })).toBeVisible();
  await expect(page.getByText('Bar Centrale')).toBeVisible();
  await expect(page.getByText(`#${code}`)).toBeVisible();
  await expect(page.getByText(/€12\.50/)).toBeVisible();
  await expect(page.getByText('Cassa 1')).toBeVisible();
  await expect(page.getByText('Not a fiscal receipt')).toBeVisible();
  const order = (await (await fetch(`${sandbox.url}/__sandbox/orders/${uuid}`)).json()) as { transactions?: { txid: string }[] };
  const txid = order.transactions?.[0]?.txid;
  expect(txid).toBeTruthy();
  await expect(page.getByText(txid!)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectAccessible(page, 'receipt');

  const pdf = (await page.pdf({ width: '80mm', printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
  expect(Number(box?.[1])).toBeCloseTo((80 / 25.4) * 72, 0);
});

test('“Receipt on the customer display” shows the receipt as a QR code of plain text', async ({ configure, openPage, sandbox, context }) => {
  await configure({ shopName: 'Bar Centrale' });
  const popup = await openPage(POPUP);
  await popup.getByLabel('Amount').fill('9.80');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  const [order] = await sandboxOrders(sandbox);
  await admin(sandbox, `/orders/${order!.uuid}/step`, { to: 'paid' });
  const opened = context.waitForEvent('page', (page) => page.url().endsWith('src/customer/customer.html'));
  await popup.getByRole('button', { name: 'Receipt on the customer display' }).click({ timeout: 20_000 });
  const display = await opened;
  await display.setViewportSize({ width: 800, height: 600 });
  const qr = display.getByRole('img', { name: 'Receipt QR code' });
  await expect(qr).toBeVisible();
  const text = decodeQr(await qr.evaluate(inPage, 400)) ?? '';
  expect(text).toContain('Bar Centrale');
  expect(text).toContain('Payment receipt');
  expect(text).toContain(`#${saleCodeOf(order!.reference as string)}`);
  expect(text).toContain('€9.80');
  expect(text).toContain('Not a fiscal receipt');
  await expect(popup.getByRole('link', { name: 'Receipt' })).toBeVisible();
});

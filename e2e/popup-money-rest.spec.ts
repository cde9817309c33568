/**
 * Money received is never forgotten (issue 23): €8 of a €20 order arrives, then the order
 * expires. The popup, the list, the customer display say the €8 and the €12 missing, and
 * "New order for the rest" makes exactly one order for €12.00 naming the first sale's code.
 * And a cashier is offered neither Cancel nor the sandbox's steps on another till's order.
 */
import { tagsOf } from '../src/messaging/order-tags';
import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import { POPUP, expect, test } from './fixtures';
import { admin, sandboxOrders } from './popup-helpers';
import { secondTillOrder, serverOrders, serverSummary } from './second-till';

const DISPLAY = 'src/customer/customer.html';
const AT_400x640 = { width: 400, height: 640 };

async function showToCustomer(context: BrowserContext, popup: Page): Promise<Page> {
  const opened = context.waitForEvent('page', (page) => page.url().endsWith(DISPLAY));
  await popup.getByRole('button', { name: /^(Show to customer|Mostra al cliente)$/ }).click();
  const display = await opened;
  await display.setViewportSize({ width: 800, height: 600 });
  return display;
}

async function look(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** A €20 order made in the popup, shown to the customer, €8 (20,000 sat) paid, then expired. */
async function partPaidThenExpired(context: BrowserContext, popup: Page, sandbox: Parameters<typeof sandboxOrders>[0]) {
  await popup.getByLabel(/Amount|Importo/).fill('20');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('img', { name: /QR/ })).toBeVisible();
  const display = await showToCustomer(context, popup);
  const [order] = await sandboxOrders(sandbox);
  await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'partial', sats: 20_000 });
  return { display, first: order! };
}

test('part-paid then expired: €8 shown, and "New order for the rest" makes exactly one order for €12.00 naming the first sale', async ({ context, configure, openPage, sandbox }, testInfo) => {
  await configure();
  const popup = await openPage(POPUP, AT_400x640);
  const { display, first } = await partPaidThenExpired(context, popup, sandbox);

  // Still open: the display's largest figure is what the customer still has to pay.
  await expect(display.getByRole('heading', { name: '€12.00' })).toBeVisible({ timeout: 20_000 });
  await expect(display.getByText('€8.00 of €20.00 received')).toBeVisible();
  await expect(display.getByRole('heading', { name: '€20.00' })).toHaveCount(0);
  await look(display, testInfo, 'display-part-paid-open-en');

  await admin(sandbox, `/orders/${first.uuid}/step`, { to: 'expired' });
  await expect(popup.getByRole('heading', { name: 'Expired', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(popup.getByText('€8.00 (0.0002 BTC) of €20.00 arrived before this order expired; €12.00 is still missing. Do not ask the customer for the full amount again.')).toBeVisible();
  await expect(popup.getByText('Collect the missing €12.00 another way, or press “New order for the rest”.')).toBeVisible();
  await expect(popup.getByText(/expired before it was paid/i)).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'New order', exact: true })).toHaveCount(0);
  const rest = popup.getByRole('button', { name: 'New order for the rest' });
  await expect(rest).toBeFocused();
  await expect(display.getByRole('status')).toHaveText('€8.00 received — please see the cashier', { timeout: 20_000 });
  await look(popup, testInfo, 'popup-part-paid-expired-en');
  await look(display, testInfo, 'display-part-paid-expired-en');

  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('heading', { name: '€12.00' })).toBeVisible();
  await expect(popup.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  const firstCode = (await serverOrders(sandbox))[0]?.saleCode;
  const after = await serverOrders(sandbox);
  expect(after.map((o) => [o.whose, o.amount, o.status])).toEqual([
    ['this till', '20.00', 'expired'],
    ['this till', '12.00', 'pending'],
  ]);
  expect(after[1]?.saleCode).toMatch(/^[0-9A-Z]{8}$/);
  expect(after[1]?.saleCode).not.toBe(firstCode);
  const details = (await sandboxOrders(sandbox)).map((o) => (o as unknown as { details: string | null }).details);
  expect(details).toEqual([null, `[rest-of:#${firstCode}]`]);
  expect(tagsOf(details[1])).toEqual({ restOf: firstCode });

  // The list row says it too; opening the first sale again and pressing the key again makes no second order.
  await popup.keyboard.press('Escape');
  const stripRow = popup.locator('.recent-strip').getByRole('button', { name: /20\.00/ });
  await expect(stripRow).toContainText('€8.00 of €20.00 received · €12.00 missing', { timeout: 20_000 });
  await look(popup, testInfo, 'glance-part-paid-expired-en');
  await popup.getByRole('tab', { name: 'Orders' }).click();
  const row = popup.locator('#panel-orders').getByRole('button', { name: /20\.00/ });
  await expect(row).toContainText('€8.00 of €20.00 received · €12.00 missing');
  await row.click();
  await popup.getByRole('button', { name: 'New order for the rest' }).click();
  await expect(popup.getByRole('heading', { name: '€12.00' })).toBeVisible();
  expect(await serverSummary(sandbox)).toEqual([
    ['this till', '20.00', null, 'expired'],
    ['this till', '12.00', null, 'pending'],
  ]);
});

test.describe('in Italian', () => {
  test.use({ uiLocale: 'it-IT' });

  test('part-paid then expired, in the popup and on the display', async ({ context, configure, openPage, sandbox }, testInfo) => {
    await configure();
    const popup = await openPage(POPUP, AT_400x640);
    const { display, first } = await partPaidThenExpired(context, popup, sandbox);
    await expect(display.getByRole('heading', { name: /^12,00\s€$/ })).toBeVisible({ timeout: 20_000 });
    await expect(display.getByText(/^Ricevuti 8,00\s€ su 20,00\s€$/)).toBeVisible();
    await look(display, testInfo, 'display-part-paid-open-it');
    await admin(sandbox, `/orders/${first.uuid}/step`, { to: 'expired' });
    await expect(popup.getByText(/^Prima della scadenza sono arrivati 8,00\s€ \(0,0002 BTC\) su 20,00\s€; mancano ancora 12,00\s€\./)).toBeVisible({ timeout: 20_000 });
    await expect(popup.getByRole('button', { name: 'Nuovo ordine per la parte mancante' })).toBeFocused();
    await expect(display.getByRole('status')).toHaveText(/^Ricevuti 8,00\s€ — rivolgiti al cassiere$/, { timeout: 20_000 });
    await look(popup, testInfo, 'popup-part-paid-expired-it');
    await look(display, testInfo, 'display-part-paid-expired-it');
    expect(await serverSummary(sandbox)).toEqual([['this till', '20.00', null, 'expired']]);
  });
});

test('cashier mode: no Cancel and no sandbox steps on another till\'s order, in the popup and in the worker', async ({ configure, openPage, sandbox, sendMessage }, testInfo) => {
  await configure();
  const other = await secondTillOrder(sandbox, { amount: '9.00', reference: 'till-2' });
  await sendMessage('role.setPin', { pin: '482916' });
  await sendMessage('role.drop', null);

  const popup = await openPage(POPUP, AT_400x640);
  await popup.getByRole('tab', { name: 'Orders' }).click();
  await popup.getByRole('button', { name: /9\.00/ }).click();
  await expect(popup.getByText('Cancel is not offered: this order was made on another till. Only the manager can cancel it.')).toBeVisible();
  await expect(popup.getByText('In cashier mode the sandbox steps work only on orders made on this till.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Order is cancelled' })).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Customer pays too little' })).toHaveCount(0);
  await look(popup, testInfo, 'cashier-other-till');

  for (const refused of [
    await sendMessage('order.simulate', { uuid: other, callback: 'payment.cancelled' }),
    await sendMessage('order.simulate', { uuid: other, callback: 'payment.expired' }),
    await sendMessage('order.payPart', { uuid: other }),
    await sendMessage('order.reset', { uuid: other }),
    await sendMessage('order.cancel', { uuid: other }),
  ]) {
    expect(refused).toMatchObject({ ok: false, error: { code: 'manager_only' } });
  }

  // This till's own order keeps both.
  await popup.keyboard.press('Escape');
  await popup.getByRole('tab', { name: 'New order' }).click();
  await popup.getByLabel('Amount').fill('4');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('button', { name: 'Cancel order' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Customer pays too little' })).toBeVisible();
  expect(await serverSummary(sandbox)).toEqual([
    ['second till', '9.00', 'till-2', 'pending'],
    ['this till', '4.00', null, 'pending'],
  ]);
});

/**
 * Money safety while paying (issue 13): partial payments ask only for what is missing,
 * Cancel is offered only while nothing arrived, times follow the server's clock, and the
 * list never counts more than it holds. The sandbox's orders are checked at the end.
 */
import { POPUP, expect, test } from './fixtures';
import { admin, decodeQr, sandboxOrders, shoot } from './popup-helpers';
import { secondTillOrder, serverSummary } from './second-till';

const AT_400x600 = { width: 400, height: 600 };

test('a partial payment: the QR and the big amount ask for what is still missing', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP, AT_400x600);
  await page.getByLabel('Amount').fill('20');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  expect(await decodeQr(page)).toMatch(/amount=0\.0005$/);
  const [order] = await sandboxOrders(sandbox);
  await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'partial', sats: 20_000 });

  await expect(page.getByText('Still to pay')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.pay-btc')).toHaveText('0.0003 BTC');
  await expect(page.getByText(/received 0\.0002 BTC/)).toBeVisible();
  await expect.poll(() => decodeQr(page)).toMatch(/amount=0\.0003$/);
  // Money has arrived: no Cancel, and the reason instead.
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  await expect(page.getByText(/Cancel is not offered: 0\.0002 BTC has already arrived/)).toBeVisible();
  await shoot(page, 'partial-still-to-pay');
  expect(await serverSummary(sandbox)).toEqual([['this till', '20.00', null, 'partial']]);
});

test('"Customer pays too little" in the popup makes a part payment; the QR then asks for the rest', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP, AT_400x600);
  await page.getByLabel('Amount').fill('20');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await page.getByRole('button', { name: 'Customer pays too little' }).click();

  await expect(page.getByText('Still to pay')).toBeVisible();
  const [order] = await sandboxOrders(sandbox);
  // The sandbox's first part payment is 40 % of the 50,000 sat: 30,000 sat are still missing.
  const unpaidSats = (order as unknown as { state: { unpaid: { crypto: number } } }).state.unpaid.crypto;
  expect(Number(unpaidSats)).toBe(30_000);
  await expect(page.locator('.pay-btc')).toHaveText('0.0003 BTC');
  await expect.poll(() => decodeQr(page)).toMatch(/amount=0\.0003$/);
  await page.getByRole('button', { name: 'Customer pays in full' }).click();
  await expect(page.locator('.outcome[data-tone=paid]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Customer pays too little' })).toHaveCount(0);
  expect(await serverSummary(sandbox)).toEqual([['this till', '20.00', null, 'paid']]);
});

test('an overpaid order says how much extra arrived', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP, AT_400x600);
  await page.getByLabel('Amount').fill('10');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Customer pays too much' }).click();
  await expect(page.getByRole('heading', { name: 'Paid', exact: true })).toBeVisible();
  await expect(page.getByText(/Overpaid: €1\.00 \(0\.000025 BTC\) more than asked arrived/)).toBeVisible();
  await expect(page.getByText(/^0\.000275 BTC received/)).toBeVisible();
  await shoot(page, 'overpaid');
  expect(await serverSummary(sandbox)).toEqual([['this till', '10.00', null, 'paid']]);
});

test('a refused cancel is explained in plain words, never a bare "forbidden"', async ({ configure, openPage, sandbox, sendMessage }) => {
  await configure();
  const page = await openPage(POPUP, AT_400x600);
  await page.getByLabel('Amount').fill('15');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Cancel order' })).toBeVisible();
  const [order] = await sandboxOrders(sandbox);
  // Money arrives while the cashier is about to cancel: WebPOS refuses, the worker says why.
  await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'mempool_unconfirmed' });
  const refused = await sendMessage('order.cancel', { uuid: order!.uuid });
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('cancel_refused');
    // The English for logs and Copy details is the catalogue's sentence for the key the page shows.
    expect(refused.error.text).toEqual({ key: 'error_cancel_paid' });
    expect(refused.error.message).toMatch(/can no longer be cancelled: money has arrived/);
    expect(refused.error.message).not.toMatch(/forbidden/i);
  }
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0, { timeout: 20_000 });
  // The whole amount is on its way: the cashier waits for the network, never "collects the rest".
  await expect(page.getByText('Cancel is not offered: full amount seen — waiting for the network to confirm it.')).toBeVisible();
  await expect(page.getByText(/Collect the rest/)).toHaveCount(0);
  expect(await serverSummary(sandbox)).toEqual([['this till', '15.00', null, 'mempool_unconfirmed']]);
});

test('a server clock 1000 s ahead changes no countdown and no "minutes ago"', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/clock', { advanceSeconds: 1000 });
  const page = await openPage(POPUP, AT_400x600);
  await page.getByLabel('Amount').fill('11');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Expires in 1[45]:\d\d/)).toBeVisible();
  await shoot(page, 'countdown-server-ahead');
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByRole('button', { name: 'Yes, cancel order' }).click();
  await expect(page.getByRole('heading', { name: 'Cancelled', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New order' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: 'Orders' }).click();
  const row = page.getByRole('button', { name: /11\.00/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText(/now|second/);
  await expect(row).not.toContainText(/minute/);
  expect(await serverSummary(sandbox)).toEqual([['this till', '11.00', null, 'cancelled']]);
});

test('offline, the Orders tab never counts more orders than it holds', async ({ configure, openPage, sandbox }) => {
  await configure({ timeoutSeconds: 2 });
  for (let i = 1; i <= 5; i++) await secondTillOrder(sandbox, { amount: `${i}.00`, reference: `till-2 #${i}` });
  const page = await openPage(POPUP, AT_400x600);
  await page.getByRole('tab', { name: 'Orders' }).click();
  await expect(page.getByText('5 of 5 orders', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'New order' }).click();
  for (const amount of ['31', '32']) {
    await page.getByLabel('Amount').fill(amount);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
    await page.keyboard.press('Escape');
  }
  await admin(sandbox, '/faults', { hang: true });
  await page.getByRole('tab', { name: 'Orders' }).click();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText(/^7 orders saved on this computer \(offline/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/7 of 5/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /32\.00/ })).toContainText(/#[0-9A-Z]{8}/);
  await shoot(page, 'orders-offline');
  await admin(sandbox, '/faults', { hang: false });
  expect(await serverSummary(sandbox)).toEqual([
    ...[1, 2, 3, 4, 5].map((i) => ['second till', `${i}.00`, `till-2 #${i}`, 'pending']),
    ['this till', '31.00', null, 'pending'],
    ['this till', '32.00', null, 'pending'],
  ]);
});

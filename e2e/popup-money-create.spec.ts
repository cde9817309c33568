/**
 * Money safety of Create (issue 13): with the sandbox's faults and a second till on the
 * same account, the popup shows only this sale's own order, never "not created" while
 * unsure, and the server ends up with exactly the orders it should.
 */
import { POPUP, expect, test } from './fixtures';
import { admin, apiRequests, decodeQr, shoot } from './popup-helpers';
import { secondTillOrder, serverOrders, serverSummary } from './second-till';

const AT_400x600 = { width: 400, height: 600 };

test('a dropped answer after commit: this till shows its own order, never another till’s paid or pending one', async ({ configure, openPage, sandbox }) => {
  await configure();
  await secondTillOrder(sandbox, { amount: '27.00', reference: 'Table 4' }, 'paid');
  await secondTillOrder(sandbox, { amount: '27.00', reference: 'Table 4' });
  await admin(sandbox, '/faults', { commitThenDrop: true });
  const page = await openPage(POPUP, AT_400x600);
  await page.getByLabel('Amount').fill('27');
  await page.getByLabel('Reference').fill('Table 4');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Paid', exact: true })).toHaveCount(0);
  await expect(page.locator('.order-head').getByText('Pending', { exact: true })).toBeVisible();
  const mine = (await serverOrders(sandbox)).filter((o) => o.whose === 'this till');
  const shown = mine.find((o) => o.status === 'pending');
  await expect(page.getByText(`Sale #${shown?.saleCode}`)).toBeVisible();
  const uri = await page.getByRole('img', { name: 'Payment QR code' }).getAttribute('data-uri');
  const orders = await admin<{ orders: { uri: string; reference: string }[] }>(sandbox, '/orders');
  expect(orders.orders.find((o) => o.uri === uri)?.reference).toBe(`Table 4 #${shown?.saleCode}`);

  // Order by order: the other till's two untouched; ours once (a browser resend's extra copy of ours, if any, cancelled).
  const summary = await serverSummary(sandbox);
  expect(summary.slice(0, 3)).toEqual([
    ['second till', '27.00', 'Table 4', 'paid'],
    ['second till', '27.00', 'Table 4', 'pending'],
    ['this till', '27.00', 'Table 4', 'pending'],
  ]);
  for (const extra of summary.slice(3)) expect(extra).toEqual(['this till', '27.00', 'Table 4', 'cancelled']);
  expect(new Set(mine.map((o) => o.saleCode)).size).toBe(1);
});

test('a 502 after the server made the order: the order is shown, and Enter again makes no second one', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/faults', { errorAfterCommit: 502 });
  const page = await openPage(POPUP, AT_400x600);
  await page.getByLabel('Amount').fill('12');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('The order was not created')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Amount')).toHaveValue('');

  expect(await serverSummary(sandbox)).toEqual([['this till', '12.00', null, 'pending']]);
  expect((await apiRequests(sandbox)).filter((r) => r.method === 'POST' && r.path === '/payment-order')).toHaveLength(1);
});

test('unsure while WebPOS fails: "Not sure… checking", never "not created", settled by itself', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/faults', { errorRate: 1 });
  let page = await openPage(POPUP, AT_400x600);
  await page.getByLabel('Amount').fill('6');
  await page.keyboard.press('Enter');
  let unsure = page.getByRole('heading', { name: 'Not sure the order was made — checking…' });
  await expect(unsure).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('not created', { exact: false })).toHaveCount(0);
  const box = await unsure.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(600);
  await shoot(page, 'create-unsure');
  expect(await serverSummary(sandbox)).toEqual([]);

  // Closed and opened again while unsure: still unsure, still checking.
  await page.close();
  page = await openPage(POPUP, AT_400x600);
  unsure = page.getByRole('heading', { name: 'Not sure the order was made — checking…' });
  await expect(unsure).toBeVisible();

  // The API answers again: the check settles it without a press (the 500s came before any commit).
  await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  await expect(page.getByText('The order was not created')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/No order was made for sale code #[0-9A-Z]{8}/)).toBeVisible();
  await expect(unsure).toHaveCount(0);
  expect(await serverSummary(sandbox)).toEqual([]);

  await page.getByLabel('Amount').fill('6');
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  expect(await serverSummary(sandbox)).toEqual([['this till', '6.00', null, 'pending']]);
});

test('offline create: the unsure message is above the fold, with a way to the Orders list', async ({ configure, openPage, sandbox }) => {
  await configure({ timeoutSeconds: 2 });
  const page = await openPage(POPUP, AT_400x600);
  await admin(sandbox, '/faults', { hang: true });
  await page.getByLabel('Amount').fill('9');
  await page.getByLabel('Details').fill('Two coffees');
  await page.keyboard.press('Enter');
  const unsure = page.getByRole('heading', { name: 'Not sure the order was made — checking…' });
  await expect(unsure).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('not created', { exact: false })).toHaveCount(0);
  const box = await unsure.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(600);
  const toOrders = page.getByRole('button', { name: 'Look at the Orders list' });
  const buttonBox = await toOrders.boundingBox();
  expect(buttonBox && buttonBox.y + buttonBox.height).toBeLessThanOrEqual(600);
  await shoot(page, 'create-offline');

  await admin(sandbox, '/faults', { hang: false });
  await expect(page.getByText('The order was not created')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  expect(await serverSummary(sandbox)).toEqual([['this till', '9.00', null, 'pending']]);
});

test('after Paid, the focused New order button and Enter start the next sale', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP, AT_400x600);
  await page.getByLabel('Amount').fill('8');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await page.getByRole('button', { name: 'Customer pays in full' }).click();
  await expect(page.getByRole('heading', { name: 'Paid', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New order' })).toBeFocused();
  await shoot(page, 'paid-focused');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Amount')).toBeFocused();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  expect(await decodeQr(page)).toMatch(/amount=0\.000125$/);
  expect(await serverSummary(sandbox)).toEqual([
    ['this till', '8.00', null, 'paid'],
    ['this till', '5.00', null, 'pending'],
  ]);
});

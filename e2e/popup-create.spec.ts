import { POPUP, expect, test } from './fixtures';
import { admin, apiRequests, copiedBy, decodeQr, expectAccessible, expectNoSidewaysScroll, sandboxOrders, shoot } from './popup-helpers';

const createPosts = async (sandbox: Parameters<typeof apiRequests>[0]) =>
  (await apiRequests(sandbox)).filter((r) => r.method === 'POST' && r.path.startsWith('/payment-order'));

test('typing an amount and pressing Enter shows a scannable QR of the order', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP);
  const amount = page.getByLabel('Amount');
  await expect(amount).toBeFocused();
  await shoot(page, 'create');
  await expectAccessible(page, 'create');

  await page.keyboard.type('12,5');
  await page.keyboard.press('Enter');

  const qr = page.getByRole('img', { name: 'Payment QR code' });
  await expect(qr).toBeVisible();
  const [order] = await sandboxOrders(sandbox);
  expect(order?.amount).toBe('12.50');
  await expect(qr).toHaveAttribute('data-uri', order?.uri ?? '');
  expect(order?.uri).toMatch(/^bitcoin:/);
  expect(await decodeQr(page)).toBe(order?.uri);

  await expect(page.getByRole('heading', { name: /12\.50/ })).toBeVisible();
  await expect(page.getByText(/\d BTC$/)).toBeVisible();
  await expect(page.getByText(order?.address ?? '')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy address' })).toBeVisible();
  await expect(page.getByText(/Expires in 1[45]:\d\d/)).toBeVisible();
  await expect(page.locator('.order-head').getByText('Pending', { exact: true })).toBeVisible();
  await shoot(page, 'order');
  await expectAccessible(page, 'order');

  // Escape goes back to a fresh form, ready for the next customer.
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Amount')).toBeFocused();
  await expect(page.getByLabel('Amount')).toHaveValue('');
});

test('a sum typed as at a till makes one order for the total', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP);
  await page.getByLabel('Amount').fill('3.50+2');
  await expect(page.getByText(/= .*5\.50/)).toBeVisible();
  await page.getByLabel('Reference').fill('Table 4');
  await page.getByText('Optional: links for online sales, confirmations').click();
  await page.getByLabel('Callback URL').fill('https://shop.example/hook');
  await page.getByLabel('Required confirmations').fill('2');
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  const orders = await sandboxOrders(sandbox);
  expect(orders.map((o) => [o.amount, o.reference, o.callback_url, o.required_confirmations])).toEqual([
    ['5.50', expect.stringMatching(/^Table 4 #[0-9A-Z]{8}$/), 'https://shop.example/hook', 2],
  ]);
});

test('a simulated payment turns the open order view to Paid without reopening', async ({ configure, openPage }) => {
  await configure();
  const page = await openPage(POPUP);
  await page.getByLabel('Amount').fill('8');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();

  await page.getByRole('button', { name: 'Customer pays in full' }).click();
  await expect(page.getByRole('heading', { name: 'Paid', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  await shoot(page, 'paid');
  await expectAccessible(page, 'paid order');

  await page.getByRole('button', { name: 'Back to pending' }).click();
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();

  await page.getByRole('button', { name: 'Customer pays in full' }).click();
  await page.getByRole('button', { name: 'New order' }).click();
  await expect(page.getByLabel('Amount')).toBeFocused();
});

test('a payment that arrives while the popup is open shows without a click', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP);
  await page.getByLabel('Amount').fill('4');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  const [order] = await sandboxOrders(sandbox);
  await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'paid' });
  await expect(page.getByRole('heading', { name: 'Paid', exact: true })).toBeVisible({ timeout: 20_000 });
});

test('a partly paid order says how much is missing and keeps the QR', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP);
  await page.getByLabel('Amount').fill('20');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  const [order] = await sandboxOrders(sandbox);
  await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'partial' });
  await expect(page.getByText('Still to pay')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await shoot(page, 'partial');
});

test('an order that expires says so plainly and offers a new order', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP);
  await page.getByLabel('Amount').fill('9.99');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await admin(sandbox, '/clock', { advanceSeconds: 1000 });
  await expect(page.getByRole('heading', { name: 'Expired', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toHaveCount(0);
  await expect(page.getByText(/expired before it was paid/)).toBeVisible();
  await shoot(page, 'expired');
  await page.getByRole('button', { name: 'New order' }).click();
  await expect(page.getByLabel('Amount')).toBeFocused();
});

test('Cancel order asks first, then cancels with DELETE', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP);
  await page.getByLabel('Amount').fill('15');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await expect(page.getByText('Cancel this order?')).toBeVisible();
  await expectAccessible(page, 'cancel confirmation');

  // Escape steps out of the question, not out of the order.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Cancel order' })).toBeFocused();
  expect((await apiRequests(sandbox)).some((r) => r.method === 'DELETE')).toBe(false);

  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByRole('button', { name: 'Keep order' }).click();
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();

  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByRole('button', { name: 'Yes, cancel order' }).click();
  await expect(page.getByRole('heading', { name: 'Cancelled', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  expect((await apiRequests(sandbox)).filter((r) => r.method === 'DELETE')).toHaveLength(1);
  const [order] = await sandboxOrders(sandbox);
  expect(JSON.stringify(order)).toContain('cancelled');
});

test('bad amounts are refused beside the field and nothing is sent', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP);
  const amount = page.getByLabel('Amount');
  const cases: [string, RegExp][] = [
    ['', /Enter an amount/],
    ['0', /more than zero/],
    ['-1', /cannot be negative/],
    ['1.234', /two decimals/],
    ['1e9', /plain digits/],
    ['2000000', /more than €1,000,000\.00/],
    ['abc', /digits/],
    ['3.50+', /missing after/],
  ];
  for (const [typed, reason] of cases) {
    await amount.fill(typed);
    await amount.press('Enter');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(amount).toHaveAccessibleDescription(reason);
    await expect(amount).toBeFocused();
  }
  await expectAccessible(page, 'create with an error');

  await amount.fill('5');
  await page.getByLabel('Details').fill('x'.repeat(301));
  await expect(page.getByText('301/300')).toBeVisible();
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByLabel('Details')).toHaveAccessibleDescription(/1 too many/);
  await expect(page.getByLabel('Details')).toHaveValue('x'.repeat(301));

  await page.getByLabel('Details').fill('');
  await page.getByText('Optional: links for online sales, confirmations').click();
  await page.getByLabel('Callback URL').fill('http://shop.example/hook');
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByLabel('Callback URL')).toHaveAccessibleDescription(/https:\/\//);
  await expect(page.getByLabel('Callback URL')).toBeFocused();

  expect(await createPosts(sandbox)).toEqual([]);
  expect(await sandboxOrders(sandbox)).toEqual([]);
});

test('pressing Enter twice quickly makes exactly one order', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/faults', { latencyMs: 600 });
  const page = await openPage(POPUP);
  await page.getByLabel('Amount').fill('7');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Creating…' })).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible({ timeout: 15_000 });
  expect((await admin<{ count: number }>(sandbox, '/orders')).count).toBe(1);
});

test('an API refusal says what happened; the request id is only in what Copy details copies', async ({ configure, openPage, sandbox }) => {
  await configure();
  const page = await openPage(POPUP);
  // A 4xx refusal proves nothing was made (a 5xx would not: see popup-money-create.spec.ts).
  await admin(sandbox, '/faults', { tooManyRequestsRate: 1 });
  await page.getByLabel('Amount').fill('6');
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The order was not created');
  await expect(alert).not.toContainText(/Request id/i);
  const copied = await copiedBy(page, alert.getByRole('button', { name: 'Copy details' }));
  await expect(alert.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(copied).toMatch(/^Request id: \S+$/m);
  expect(copied).toMatch(/^HTTP status: 429$/m);
  expect(copied).toMatch(/^Code: 2000$/m);
  expect(copied).toMatch(/^Error: Too many requests to WebPOS\. Wait a moment and try again\.$/m);
  await expect(page.getByLabel('Amount')).toHaveValue('6');
  await shoot(page, 'error');
  await expectAccessible(page, 'error');
  // The same order, retried once the API is back, is created once.
  await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  expect(await sandboxOrders(sandbox)).toHaveLength(1);
});

test('without credentials the popup says so and links to the settings', async ({ openPage, context }) => {
  const page = await openPage(POPUP);
  await expect(page.getByRole('heading', { name: 'Connect your WebPOS account' })).toBeVisible();
  const link = page.getByRole('link', { name: 'Open settings' });
  await expect(link).toHaveAttribute('href', /src\/options\/index\.html$/);
  await shoot(page, 'not-configured');
  await expectAccessible(page, 'not configured');
  const [options] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(options).toHaveURL(/src\/options\/index\.html/);
});

test('at 200% zoom nothing scrolls sideways', async ({ configure, openPage }) => {
  await configure();
  const page = await openPage(POPUP, { width: 190, height: 600 });
  await expect(page.getByLabel('Amount')).toBeFocused();
  await expectNoSidewaysScroll(page, 'create');
  await page.getByText('Optional: links for online sales, confirmations').click();
  await expectNoSidewaysScroll(page, 'create with More');
  await page.getByLabel('Amount').fill('12');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'order');
  await shoot(page, 'zoom-order');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Orders' }).click();
  await expect(page.getByRole('button', { name: /12\.00/ })).toBeVisible();
  await expectNoSidewaysScroll(page, 'orders');
  await shoot(page, 'zoom-orders');
});

test('reopening the popup leads back to the order the customer is still paying', async ({ configure, openPage }) => {
  await configure();
  const first = await openPage(POPUP);
  await first.getByLabel('Amount').fill('5');
  await first.getByLabel('Reference').fill('Table 9');
  await first.keyboard.press('Enter');
  await expect(first.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await first.close();

  const page = await openPage(POPUP);
  await expect(page.getByLabel('Amount')).toBeFocused();
  const banner = page.getByRole('region', { name: 'Order waiting for payment' });
  await expect(banner).toContainText(/5\.00 · Table 9 · 1[45]:\d\d left/);
  await shoot(page, 'resume');
  await expectAccessible(page, 'create with a waiting order');
  await banner.getByRole('button', { name: 'Show order' }).click();
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();

  await page.getByRole('button', { name: 'Customer pays in full' }).click();
  await expect(page.getByRole('heading', { name: 'Paid', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Amount')).toBeFocused();
  await expect(banner).toHaveCount(0);
});

test('the keyboard reaches every control, with a visible focus ring', async ({ configure, openPage }) => {
  await configure();
  const page = await openPage(POPUP);
  await expect(page.getByLabel('Amount')).toBeFocused();
  const focused = async () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { name: el.getAttribute('aria-label') ?? el.id ?? '', text: el.textContent?.trim() ?? '', outline: style.outlineStyle, width: style.outlineWidth };
    });
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const now = await focused();
    expect(now.outline, `focus ring on ${now.name || now.text}`).not.toBe('none');
    expect(now.width).not.toBe('0px');
    seen.push(now.name || now.text);
  }
  expect(seen).toEqual(['details', 'reference', 'Optional: links for online sales, confirmations', 'Create order']);
  // Shift+Tab from Amount reaches the two views and the settings button.
  await page.getByLabel('Amount').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('tab', { name: 'Orders' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('tab', { name: 'New order' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Orders', selected: true })).toBeFocused();
  await expect(page.getByLabel('Search')).toBeVisible();
});

test('in live mode the sandbox controls are not offered', async ({ configure, openPage }) => {
  await configure({ mode: 'live' });
  const page = await openPage(POPUP);
  await expect(page.getByText('Sandbox', { exact: true })).toHaveCount(0);
  await page.getByLabel('Amount').fill('3');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Customer pays/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back to pending' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel order' })).toBeVisible();
});

test('the order view and its QR encoder are fetched after the first frame, before Enter, from the extension itself', async ({ configure, context, openPage }) => {
  await configure();
  // Offline: the popup's parts are files of the extension, not of the network.
  await context.setOffline(true);
  const page = await openPage(POPUP);
  await expect(page.getByLabel('Amount')).toBeFocused();
  // No key pressed yet: the part arrives on its own once the first frame is on screen.
  const handle = await page.waitForFunction(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    const loaded = at('part order-view loaded');
    return loaded === undefined ? null : { requested: at('part order-view requested') ?? -1, loaded, firstPaint: at('first-contentful-paint') ?? Infinity };
  });
  const part = await handle.jsonValue();
  if (!part) throw new Error('the order view was never loaded');
  expect(part.requested).toBeGreaterThanOrEqual(part.firstPaint);
  await context.setOffline(false);

  await page.keyboard.type('7,20');
  const enter = await page.evaluate(() => performance.now());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  // The QR did not wait for a fetch: the part was there before Enter, and was fetched once.
  expect(part.loaded).toBeLessThan(enter);
  expect(await page.evaluate(() => performance.getEntriesByName('part order-view requested').length)).toBe(1);
});

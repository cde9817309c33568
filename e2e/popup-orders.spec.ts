import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { POPUP, expect, test } from './fixtures';
import { admin, apiRequests, expectAccessible, sandboxOrders, shoot, type SandboxOrder } from './popup-helpers';

interface SeededOrder extends SandboxOrder {
  created_at: string;
  reference: string | null;
  state: { status: string; blockchain_status: string };
}

const uuidsOf = (list: Locator) => list.evaluateAll((els) => els.map((e) => e.getAttribute('data-uuid')));
const newestFirst = (orders: SeededOrder[]) => [...orders].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
const rows = (page: Page) => page.getByRole('list', { name: /Recent orders/ }).getByRole('button');

async function openOrders(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Orders' }).click();
  await expect(page.getByText(/Updated/)).toBeVisible();
}

test('recent orders, newest first, each with its amount, reference, time and status', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/reset', { seed: 30 });
  const seeded = newestFirst((await sandboxOrders(sandbox)) as SeededOrder[]);
  const page = await openPage(POPUP);
  await openOrders(page);

  await expect(rows(page)).toHaveCount(30);
  await expect(page.getByText('30 of 30 orders')).toBeVisible();
  const uuids = await rows(page).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-uuid')));
  expect(uuids).toEqual(seeded.map((o) => o.uuid));
  const first = rows(page).first();
  await expect(first).toContainText(seeded[0]?.amount.replace(/\.\d\d$/, '') ?? '');
  await expect(first.locator('.badge')).toHaveText(/\w/);
  await shoot(page, 'orders');
  await expectAccessible(page, 'orders list');

  // The badge of a paid order reads Paid in the paid colour, here as everywhere.
  const paid = seeded.find((o) => o.state.blockchain_status === 'paid');
  expect(paid).toBeDefined();
  const paidBadge = page.locator(`[data-uuid="${paid?.uuid}"] .badge`);
  await expect(paidBadge).toHaveText('Paid');
  await expect(paidBadge).toHaveAttribute('data-tone', 'paid');
});

test('the list paints from the cache at once when the popup reopens', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/reset', { seed: 30 });
  const first = await openPage(POPUP);
  await openOrders(first);
  await expect(rows(first)).toHaveCount(30);
  const before = await uuidsOf(rows(first));
  await first.close();

  await admin(sandbox, '/faults', { latencyMs: 5000 });
  const page = await openPage(POPUP);
  await page.getByRole('tab', { name: 'Orders' }).click();
  await expect(rows(page)).toHaveCount(30, { timeout: 1500 });
  await expect(page.getByText(/updating…/)).toBeVisible();
  // The first frame skips rows below the first screenful; after it every row is drawn when scrolled to.
  const low = rows(page).nth(27);
  await low.scrollIntoViewIfNeeded();
  await expect(low).toBeVisible();
  await expect(low).toContainText('ago');
  // The same orders, in the same order, as the API gave before (not a partial or stale copy).
  expect(await uuidsOf(rows(page))).toEqual(before);
});

test('the Status filter asks the API for that status only', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/reset', { seed: 40 });
  const seeded = (await sandboxOrders(sandbox)) as SeededOrder[];
  const paidCount = seeded.filter((o) => o.state.blockchain_status === 'paid').length;
  const page = await openPage(POPUP);
  await openOrders(page);

  await page.getByLabel('Status').selectOption({ label: 'Paid' });
  await expect(page.getByText(`${paidCount} of ${paidCount} orders`)).toBeVisible();
  await expect(rows(page)).toHaveCount(paidCount);
  for (const badge of await rows(page).locator('.badge').allTextContents()) expect(badge).toBe('Paid');
  const requests = await apiRequests(sandbox);
  expect(requests.some((r) => r.method === 'GET' && /status=paid/.test(r.query))).toBe(true);

  await page.getByLabel('Status').selectOption({ label: 'Cancelled' });
  const cancelled = seeded.filter((o) => o.state.blockchain_status === 'cancelled').length;
  await expect(rows(page)).toHaveCount(cancelled);
  for (const badge of await rows(page).locator('.badge').allTextContents()) expect(badge).toBe('Cancelled');
});

test('Search filters the loaded orders as you type; / jumps to it', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/reset', { seed: 25 });
  const seeded = newestFirst((await sandboxOrders(sandbox)) as SeededOrder[]);
  const withReference = seeded.find((o) => o.reference && seeded.filter((x) => x.reference?.includes(o.reference ?? '')).length === 1);
  expect(withReference).toBeDefined();
  const page = await openPage(POPUP);
  await expect(page.getByLabel('Amount')).toBeFocused();
  // From the tab bar (not a text field), / jumps to Search.
  await page.getByLabel('Amount').press('Shift+Tab');
  await expect(page.getByRole('tab', { name: 'Orders' })).toBeFocused();
  await page.keyboard.press('/');
  const search = page.getByLabel('Search');
  await expect(search).toBeFocused();
  await expect(rows(page)).toHaveCount(25);

  await search.pressSequentially(withReference?.reference?.toUpperCase() ?? '');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-uuid', withReference?.uuid ?? '');
  await expect(page.getByText('1 of 25 loaded orders match')).toBeVisible();

  await search.fill(withReference?.uuid.slice(0, 13) ?? '');
  await expect(rows(page)).toHaveCount(1);

  await search.fill('no order has this text');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText(/No loaded order matches/)).toBeVisible();
  await shoot(page, 'orders-search-empty');

  const amount = seeded[3]?.amount ?? '';
  await search.fill(amount.replace('.', ','));
  const expected = seeded.filter((o) => o.amount.includes(amount)).length;
  await expect(rows(page)).toHaveCount(expected);
});

test('older orders load on demand, and long lists draw 50 rows at a time', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/reset', { seed: 100 });
  const seeded = newestFirst((await sandboxOrders(sandbox)) as SeededOrder[]);
  const page = await openPage(POPUP);
  await openOrders(page);
  await expect(page.getByText('40 of 100 orders')).toBeVisible();
  await expect(rows(page)).toHaveCount(40);

  await page.getByRole('button', { name: 'Load older orders' }).click();
  await expect(page.getByText('80 of 100 orders')).toBeVisible();
  await expect(rows(page)).toHaveCount(50);
  await expect(page.getByRole('button', { name: 'Load older orders' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show 30 more' }).click();
  await expect(rows(page)).toHaveCount(80);

  // Opening an old order and coming back keeps the pages already loaded.
  const old = rows(page).nth(70);
  const oldUuid = (await old.getAttribute('data-uuid')) ?? '';
  await old.click();
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-uuid="${oldUuid}"]`)).toBeFocused();
  await expect(rows(page)).toHaveCount(80);

  await page.getByRole('button', { name: 'Load older orders' }).click();
  await expect(page.getByText('100 of 100 orders')).toBeVisible();
  // "Show more" raised the limit to 100 rows: the new page shows at once.
  await expect(rows(page)).toHaveCount(100);
  await expect(page.getByRole('button', { name: 'Load older orders' })).toHaveCount(0);
  const uuids = await rows(page).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-uuid')));
  expect(uuids).toEqual(seeded.map((o) => o.uuid));
  const pages = (await apiRequests(sandbox)).filter((r) => r.method === 'GET' && /page_size=40/.test(r.query));
  expect(pages.some((r) => /(^|&)page=2/.test(r.query))).toBe(true);
});

test('Export CSV saves the listed orders', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/reset', { seed: 20 });
  const seeded = newestFirst((await sandboxOrders(sandbox)) as SeededOrder[]);
  const page = await openPage(POPUP);
  await openOrders(page);
  await page.getByLabel('Status').selectOption({ label: 'Paid' });
  const paid = seeded.filter((o) => o.state.blockchain_status === 'paid');
  await expect(rows(page)).toHaveCount(paid.length);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  // The name says what is inside: the manager's list up to today, Paid only (never "all").
  expect(download.suggestedFilename()).toMatch(/^webpos-until-\d{4}-\d{2}-\d{2}-paid\.csv$/);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv.startsWith('\ufeff')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Date and time,Sale code,Amount,Currency,BTC,Status,Till,Cashier,Reference,Details,Order ID');
  expect(lines).toHaveLength(paid.length + 1);
  expect(lines.slice(1).map((l) => l.split(',').at(-1))).toEqual(paid.map((o) => o.uuid));
  for (const line of lines.slice(1)) expect(line.split(',')[5]).toBe('Paid');
});

test('opening a row shows the order with its transactions, rate and dates; Escape goes back', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/reset', { seed: 20 });
  const seeded = newestFirst((await sandboxOrders(sandbox)) as SeededOrder[]);
  const paid = seeded.find((o) => o.state.blockchain_status === 'paid');
  const page = await openPage(POPUP);
  await openOrders(page);
  await page.getByLabel('Search').fill(paid?.uuid ?? '');
  await page.locator(`[data-uuid="${paid?.uuid}"]`).click();

  await expect(page.getByRole('heading', { name: 'Paid', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Transactions' })).toBeVisible();
  await expect(page.getByText(/^txid/)).toBeVisible();
  await expect(page.getByText('Created', { exact: true })).toBeVisible();
  await expect(page.getByText('Expires', { exact: true })).toBeVisible();
  await expect(page.getByText('Resolved', { exact: true })).toBeVisible();
  await expect(page.getByText('Rate', { exact: true })).toBeVisible();
  await shoot(page, 'order-details');
  await expectAccessible(page, 'order details');

  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-uuid="${paid?.uuid}"]`)).toBeFocused();
  await expect(page.getByLabel('Search')).toHaveValue(paid?.uuid ?? '');
});

test('a notification link opens its order directly', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/reset', { seed: 5 });
  const [order] = (await sandboxOrders(sandbox)) as SeededOrder[];
  const page = await openPage(`${POPUP}?order=${order?.uuid}`);
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeVisible();
  await expect(page.getByText(order?.uuid ?? '')).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Orders', selected: true })).toBeVisible();
});

test('when the API is unreachable the list stays and says since when', async ({ configure, openPage, sandbox }) => {
  await configure();
  await admin(sandbox, '/reset', { seed: 6 });
  const page = await openPage(POPUP);
  await openOrders(page);
  await expect(rows(page)).toHaveCount(6);
  await sandbox.close();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText(/Offline since/)).toBeVisible({ timeout: 20_000 });
  await expect(rows(page)).toHaveCount(6);
  await shoot(page, 'orders-offline');
  await expectAccessible(page, 'orders offline');
});

test('an order cancelled from the list shows Cancelled in the list on the way back', async ({ configure, openPage }) => {
  await configure();
  const page = await openPage(POPUP);
  await page.getByLabel('Amount').fill('11');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await page.keyboard.press('Escape');
  await openOrders(page);
  const row = rows(page).first();
  await expect(row.locator('.badge')).toHaveText('Pending');
  await row.click();
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByRole('button', { name: 'Yes, cancel order' }).click();
  await expect(page.getByRole('heading', { name: 'Cancelled', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(rows(page).first().locator('.badge')).toHaveText('Cancelled');
  await expect(rows(page).first().locator('.badge')).toHaveAttribute('data-tone', 'cancelled');
});

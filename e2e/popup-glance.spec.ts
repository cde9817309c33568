/**
 * At a glance on opening: New order with Amount focused, today's figures and the latest
 * orders (every till's) under the form, live, each row opening its order.
 */
import type { Locator, Page } from '@playwright/test';
import { POPUP, expect, test } from './fixtures';
import { admin, expectAccessible, sandboxOrders, shoot, type SandboxOrder } from './popup-helpers';
import { secondTillOrder } from './second-till';

interface ServerOrder extends SandboxOrder {
  created_at: string;
  reference: string | null;
  currency: { name: string };
  state: { status: string; blockchain_status: string };
}

const euro = (amount: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(Number(amount));
const strip = (page: Page): Locator => page.getByRole('list', { name: 'Latest orders' }).getByRole('button');
const summary = (page: Page): Locator => page.getByRole('group', { name: 'Today' });

/** Today's figures computed from the sandbox's own orders: paid total in cents, paid count, pending count. */
async function expectedToday(page: Page, sandboxUrlOrders: () => Promise<ServerOrder[]>) {
  const dayStart = await page.evaluate(() => new Date(new Date().setHours(0, 0, 0, 0)).getTime());
  const today = (await sandboxUrlOrders()).filter((o) => Date.parse(o.created_at) >= dayStart);
  const paid = today.filter((o) => o.state.blockchain_status === 'paid');
  const cents = paid.reduce((sum, o) => sum + Math.round(Number(o.amount) * 100), 0);
  return {
    paid: euro(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`),
    paidCount: paid.length,
    pending: today.filter((o) => o.state.status === 'pending').length,
  };
}

async function expectSummary(page: Page, orders: () => Promise<ServerOrder[]>) {
  const want = await expectedToday(page, orders);
  const box = summary(page);
  await expect(box).toContainText(`Paid ${want.paid}`);
  await expect(box).toContainText(`${want.paidCount} order${want.paidCount === 1 ? '' : 's'}`);
  await expect(box).toContainText(`${want.pending} pending`);
  await expect(box).not.toContainText('at least');
}

test('the popup opens on New order with the latest orders of every till and today’s figures, live, each row opening its order', async ({
  configure,
  openPage,
  sandbox,
}) => {
  await configure({ pollIntervalSeconds: 5 });
  const orders = async () => (await sandboxOrders(sandbox)) as ServerOrder[];
  // The second till's sales, made before this popup opens.
  await secondTillOrder(sandbox, { amount: '12.10', reference: 'Table 4' }, 'paid');
  await secondTillOrder(sandbox, { amount: '0.20', reference: 'Espresso' }, 'paid');
  await secondTillOrder(sandbox, { amount: '3.30', reference: 'Tea' }, 'expired');
  await secondTillOrder(sandbox, { amount: '7.00', reference: 'Cake' });

  const page = await openPage(POPUP);
  await expect(page.getByLabel('Amount')).toBeFocused();
  await expect(page.getByRole('tab', { name: 'New order' })).toHaveAttribute('aria-selected', 'true');

  // Without a click: the second till's orders, newest first, amount, reference and status word.
  await expect(strip(page)).toHaveCount(4);
  const rowTexts = [
    ['€7.00', 'Cake', 'Pending'],
    ['€3.30', 'Tea', 'Expired'],
    ['€0.20', 'Espresso', 'Paid'],
    ['€12.10', 'Table 4', 'Paid'],
  ];
  for (const [i, words] of rowTexts.entries()) {
    for (const word of words) await expect(strip(page).nth(i)).toContainText(word);
  }
  await expect(strip(page).nth(2).locator('.badge')).toHaveAttribute('data-tone', 'paid');
  await expectSummary(page, orders);
  await expect(summary(page)).toContainText('Paid €12.30');

  // A sale made here: back on New order, it leads the strip as Pending.
  await page.getByLabel('Amount').fill('4.50');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Amount')).toBeFocused();
  await expect(strip(page)).toHaveCount(5);
  await expect(strip(page).first()).toContainText('€4.50');
  await expect(strip(page).first()).toContainText('Pending');
  await expectSummary(page, orders);
  await expect(summary(page)).toContainText('2 pending');
  await expect(page.getByRole('button', { name: 'Show order' })).toBeVisible();

  // Paid behind the popup's back: the strip and the figures follow without reopening.
  const [mine] = (await orders()).filter((o) => o.amount === '4.50');
  await admin(sandbox, `/orders/${mine?.uuid}/step`, { to: 'paid' });
  await expect(strip(page).first()).toContainText('Paid', { timeout: 30_000 });
  await expect(summary(page)).toContainText('Paid €16.80');
  await expectSummary(page, orders);
  await expect(summary(page)).toContainText('3 orders');
  await expect(summary(page)).toContainText('1 pending');
  // The offer to show the last order made here goes with its payment too.
  await expect(page.getByRole('button', { name: 'Show order' })).toBeHidden();

  // At 380×600 the whole form stays above the fold, the figures and strip below it.
  const create = await page.getByRole('button', { name: 'Create order' }).boundingBox();
  expect((create?.y ?? Infinity) + (create?.height ?? 0)).toBeLessThanOrEqual(600);
  await shoot(page, 'glance');
  await expectAccessible(page, 'New order with the strip');

  // A row opens its order (Enter as well as a click), and Back returns to New order.
  await strip(page).filter({ hasText: 'Cake' }).click();
  await expect(page.getByRole('heading', { name: '€7.00' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Amount')).toBeFocused();
  await strip(page).filter({ hasText: 'Table 4' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '€12.10' })).toBeVisible();
});

test('today’s figures are exactly the sandbox’s orders of today, earlier days left out', async ({ configure, openPage, sandbox }) => {
  await configure();
  // 60 orders: resolved ones spread over the last 30 days, open ones from the last minutes.
  await admin(sandbox, '/reset', { seed: 60 });
  const orders = async () => (await sandboxOrders(sandbox)) as ServerOrder[];
  const page = await openPage(POPUP);
  await expect(strip(page)).toHaveCount(6);
  await expectSummary(page, orders);
  // The seed did give paid orders of earlier days, which the figures had to leave out.
  const dayStart = await page.evaluate(() => new Date(new Date().setHours(0, 0, 0, 0)).getTime());
  expect((await orders()).filter((o) => o.state.blockchain_status === 'paid' && Date.parse(o.created_at) < dayStart).length).toBeGreaterThan(0);
  const newest = [...(await orders())].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at)).slice(0, 6);
  expect(await strip(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-uuid')))).toEqual(newest.map((o) => o.uuid));
});

test('today’s figures say "at least" while the orders loaded do not reach back to the start of today, until all are counted', async ({
  configure,
  openPage,
  sandbox,
}) => {
  await configure();
  // 45 orders of today: more than the first page of the list (40), so its oldest rows are still today's.
  for (let i = 0; i < 45; i++) await secondTillOrder(sandbox, { amount: '1.10', reference: `Sale ${i}` }, i % 3 === 0 ? 'paid' : undefined);
  const page = await openPage(POPUP);
  await expect(strip(page)).toHaveCount(6);
  await expect(summary(page)).toContainText('at least');
  await expect(summary(page)).toContainText('Counted from the latest 40 orders only');
  // 13 of the newest 40 are paid (sales 5…44, every third): at least €14.30, never more.
  await expect(summary(page)).toContainText('Paid at least €14.30');
  await expect(summary(page)).toContainText('at least 13 orders');

  // Counting all of today loads the older page: the figures become exact, checked against the sandbox.
  await summary(page).getByRole('button', { name: 'Count all of today' }).click();
  await expect(summary(page)).toContainText('Paid €16.50');
  await expect(summary(page)).toContainText('15 orders');
  await expectSummary(page, async () => (await sandboxOrders(sandbox)) as ServerOrder[]);
  await expect(summary(page)).not.toContainText('Counted from');
});

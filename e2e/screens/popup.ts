/**
 * Every popup screen, reached through element ids, the sandbox's admin API and the worker's
 * messages rather than by words, so the same steps run in every language.
 */
import type { Page } from '@playwright/test';
import { POPUP, expect } from '../fixtures';
import { admin, sandboxOrders, type SandboxOrder } from '../popup-helpers';
import { PASSPHRASE, PIN, POPUP_SIZE, type Walk } from './walk';

const rows = (page: Page) => page.locator('#panel-orders [data-uuid]');

async function openPopup(walk: Walk, query = ''): Promise<Page> {
  const page = await walk.openPage(`${POPUP}${query}`, POPUP_SIZE);
  await expect(page.locator('main')).not.toBeEmpty();
  return page;
}

/** The sandbox's offer of callbacks has loaded (the first button alone is Reset). */
async function sandboxControlsLoaded(page: Page): Promise<void> {
  await expect(page.locator('.order-view .sandbox button').nth(1)).toBeVisible();
}

async function showOrder(page: Page, uuid: string): Promise<void> {
  await page.goto(page.url().replace(/\?.*$/, '') + `?order=${uuid}`);
  await expect(page.locator('.order-view .order-head .badge')).toBeVisible();
}

export async function notConfiguredPopup(walk: Walk): Promise<void> {
  const page = await openPopup(walk);
  await expect(page.locator('#setup-title')).toBeVisible();
  await walk.shot(page, 'popup-not-configured');
  await page.close();
}

/** New order: empty, a field error, "not sure, checking", "not created", then an order's life. */
export async function createAndOrderViews(walk: Walk): Promise<void> {
  await admin(walk.sandbox, '/reset', { seed: 0 });
  const page = await openPopup(walk);
  const amount = page.locator('#amount');
  await expect(amount).toBeFocused();
  await walk.shot(page, 'popup-create-empty');

  await amount.fill('12,5x');
  await amount.press('Enter');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await walk.shot(page, 'popup-create-field-error');

  // Every API request fails: the outcome is unknown until WebPOS answers again.
  await admin(walk.sandbox, '/faults', { errorRate: 1 });
  await amount.fill('6');
  await amount.press('Enter');
  await expect(page.locator('#unsure-title')).toBeVisible({ timeout: 20_000 });
  await walk.shot(page, 'popup-create-checking');
  await fetch(`${walk.sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  await expect(page.locator('#unsure-title')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('form.create .error-box')).toBeVisible();
  await walk.shot(page, 'popup-create-not-created');

  await amount.fill('12.50');
  await page.locator('#reference').fill('Tavolo 4');
  await amount.press('Enter');
  await expect(page.locator('.order-view [data-uri]')).toBeVisible();
  await sandboxControlsLoaded(page);
  await walk.shot(page, 'popup-order-pending');

  const [order] = await sandboxOrders(walk.sandbox);
  const uuid = (order as SandboxOrder).uuid;
  await admin(walk.sandbox, `/orders/${uuid}/step`, { to: 'partial' });
  await showOrder(page, uuid);
  await expect(page.locator('.order-view .partial')).toBeVisible();
  await sandboxControlsLoaded(page);
  await walk.shot(page, 'popup-order-partly-paid');

  await admin(walk.sandbox, `/orders/${uuid}/step`, { to: 'paid' });
  await showOrder(page, uuid);
  await expect(page.locator('.order-view .outcome[data-tone="paid"]')).toBeVisible();
  await walk.shot(page, 'popup-order-paid');
  await page.close();
}

/** With recent orders: New order with the strip below it, the Orders list, a filter, a search that finds nothing. */
export async function ordersViews(walk: Walk): Promise<void> {
  await admin(walk.sandbox, '/reset', { seed: 12 });
  const refreshed = await walk.sendMessage('orders.refresh', { filter: 'all' });
  if (!refreshed.ok) throw new Error(`orders.refresh: ${JSON.stringify(refreshed.error)}`);
  const page = await openPopup(walk);
  await expect(page.locator('#amount')).toBeFocused();
  await walk.shot(page, 'popup-create-with-orders');

  await page.locator('#tab-orders').click();
  await expect(rows(page)).toHaveCount(12);
  await walk.shot(page, 'popup-orders');

  const paid = (await sandboxOrders(walk.sandbox)).filter((o) => (o.state as { blockchain_status: string }).blockchain_status === 'paid');
  await page.locator('#status-filter').selectOption('paid');
  await expect(rows(page)).toHaveCount(paid.length);
  await walk.shot(page, 'popup-orders-filtered');

  await page.locator('#status-filter').selectOption('all');
  await expect(rows(page)).toHaveCount(12);
  await page.locator('#order-search').fill('zz-no-such-order');
  await expect(rows(page)).toHaveCount(0);
  await walk.shot(page, 'popup-orders-search-empty');
  await page.close();
}

/** A manager PIN set and the session ended: the popup as a cashier has it. */
export async function cashierPopup(walk: Walk): Promise<void> {
  const page = await openPopup(walk);
  await expect(page.locator('#amount')).toBeVisible();
  await walk.shot(page, 'popup-cashier');
  await page.locator('#tab-orders').click();
  await expect(rows(page).first()).toBeVisible();
  await walk.shot(page, 'popup-cashier-orders');
  await page.close();
}

/** A passphrase set and the vault locked: the unlock panel, then a wrong passphrase. */
export async function lockedPopup(walk: Walk): Promise<void> {
  const page = await openPopup(walk);
  const passphrase = page.locator('#unlock-passphrase');
  await expect(passphrase).toBeVisible();
  await walk.shot(page, 'popup-locked');
  await passphrase.fill(`not ${PASSPHRASE}`);
  await passphrase.press('Enter');
  await expect(page.locator('#unlock-passphrase-error')).toBeVisible();
  await walk.shot(page, 'popup-locked-wrong-passphrase');
  await page.close();
}

export async function becomeCashier(walk: Walk): Promise<void> {
  const set = await walk.sendMessage('role.setPin', { pin: PIN });
  if (!set.ok) throw new Error(`role.setPin: ${JSON.stringify(set.error)}`);
  const dropped = await walk.sendMessage('role.drop', null);
  if (!dropped.ok) throw new Error(`role.drop: ${JSON.stringify(dropped.error)}`);
}

export async function becomeManager(walk: Walk): Promise<void> {
  const result = await walk.sendMessage('role.elevate', { pin: PIN });
  if (!result.ok) throw new Error(`role.elevate: ${JSON.stringify(result.error)}`);
}

export async function lockWithPassphrase(walk: Walk): Promise<void> {
  await walk.configure({ passphrase: PASSPHRASE });
  const result = await walk.sendMessage('vault.lock', null);
  if (!result.ok) throw new Error(`vault.lock: ${JSON.stringify(result.error)}`);
}

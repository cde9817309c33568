/**
 * The customer display (issue 15 point 3): a page of its own that follows the cashier's
 * current order. Its screens are taken only when the page is in the build.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCatalogue } from '../../scripts/i18n/catalogue';
import { CUSTOMER_DISPLAY } from '../customer-journey';
import { EXTENSION_DIR, expect, POPUP } from '../fixtures';
import { admin, sandboxOrders } from '../popup-helpers';
import { language } from './capture';
import { userVisibleText } from './page-text';
import { CUSTOMER_SIZE, POPUP_SIZE, type Walk } from './walk';

/** The customer display's page in the built extension. */
export const CUSTOMER = CUSTOMER_DISPLAY;

export const customerPageBuilt = (): boolean => existsSync(resolve(EXTENSION_DIR, CUSTOMER));
export const CUSTOMER_MISSING = `${CUSTOMER} is not in the build (issue 15 point 3, the customer display, is not merged here)`;

/** An order made in the popup, shown to the customer while pending, then paid. */
export async function customerScreens(walk: Walk): Promise<void> {
  await walk.configure();
  const popup = await walk.openPage(POPUP, POPUP_SIZE);
  await popup.locator('#amount').fill('18.90');
  await popup.locator('#amount').press('Enter');
  await expect(popup.locator('.order-view [data-uri]')).toBeVisible();
  const [order] = await sandboxOrders(walk.sandbox);
  const uuid = order?.uuid ?? '';

  // Opened beside the popup, it follows the order the popup shows: no parameter, no click.
  const display = await walk.openPage(CUSTOMER, CUSTOMER_SIZE);
  // The QR the customer scans: an SVG, canvas or image, whichever the page draws.
  await expect(display.locator('svg, canvas, img').first()).toBeVisible();
  await walk.shot(display, 'customer-pending');

  const qrBefore = await display.locator('[data-uri]').count();
  await admin(walk.sandbox, `/orders/${uuid}/step`, { to: 'paid' });
  // It follows the order by itself, no reload, no click: the paid word of its language, or the QR gone.
  const paidWord = new RegExp(readCatalogue(language(walk.pass))['status_paid']?.message ?? 'Paid', 'i');
  const showsPaid = async () => paidWord.test(await display.evaluate(userVisibleText)) || (qrBefore > 0 && (await display.locator('[data-uri]').count()) === 0);
  await expect.poll(showsPaid, { timeout: 20_000 }).toBe(true);
  await walk.shot(display, 'customer-paid');
}

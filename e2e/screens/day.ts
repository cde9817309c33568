/** Close the day and the customer's receipt (issue 24 points 3 and 5). */
import { detailsWithTags } from '../../src/messaging/order-tags';
import { newSaleCode, referenceWithCode } from '../../src/messaging/sale-code';
import { makeDayOfSales } from '../day-sales';
import { expect, POPUP } from '../fixtures';
import { secondTillOrder } from '../second-till';
import { POPUP_SIZE, type Walk } from './walk';

export const DAY_SIZE = { width: 1000, height: 900 };
export const RECEIPT_SIZE = { width: 420, height: 700 };

export async function dayScreens(walk: Walk): Promise<void> {
  await walk.configure({ shopName: 'Bar Centrale' });
  await makeDayOfSales(walk.sandbox);
  const day = await walk.openPage('src/day/index.html', DAY_SIZE);
  await day.locator('button[type=submit]').click();
  await expect(day.locator('.day-table').first()).toBeVisible({ timeout: 20_000 });
  await day.locator('.day-table .figure').first().click();
  await expect(day.locator('.day-orders')).toBeVisible();
  await walk.shot(day, 'day');

  // The same close of day inside the popup, at its real size: the cards, then a figure's orders.
  const popup = await walk.openPage(POPUP, POPUP_SIZE);
  await popup.locator('#open-day').click();
  await popup.locator('.popup-day button[type=submit]').click();
  await expect(popup.locator('.day-card').first()).toBeVisible({ timeout: 20_000 });
  await popup.locator('.day-card:not([open]) summary').first().click();
  await walk.shot(popup, 'popup-day');
  await popup.locator('.day-card .figure').first().click();
  await expect(popup.locator('.popup-day-orders .order-row').first()).toBeVisible();
  await walk.shot(popup, 'popup-day-orders');

  const uuid = await secondTillOrder(walk.sandbox, {
    amount: '12.50', reference: referenceWithCode(null, newSaleCode()), details: detailsWithTags(null, { till: 'Cassa 1', cashier: 'Anna' }) ?? undefined,
  }, 'paid');
  const receipt = await walk.openPage(`src/receipt/index.html?uuid=${uuid}`, RECEIPT_SIZE);
  await expect(receipt.locator('.not-fiscal')).toBeVisible();
  await walk.shot(receipt, 'receipt');
}

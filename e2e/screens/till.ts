/** The till's screens: the cashier chooser, the header with a (long) cashier name, the list with tills. */
import { POPUP, expect } from '../fixtures';
import { admin } from '../popup-helpers';
import { secondTillOrder } from '../second-till';
import { POPUP_SIZE, type Walk } from './walk';

const LONG_NAME = 'Maria Antonietta Bianchi';

export async function tillScreens(walk: Walk): Promise<void> {
  await admin(walk.sandbox, '/reset', { seed: 4 });
  await walk.configure({ tillName: 'Cassa 1', cashiers: ['Anna', 'Marco', LONG_NAME], cashierFreeText: true });
  await secondTillOrder(walk.sandbox, { amount: '8.40', reference: 'Tavolo 7', details: '[till:Cassa 2][cashier:Marco]' });
  const refreshed = await walk.sendMessage('orders.refresh', { filter: 'all' });
  if (!refreshed.ok) throw new Error(`orders.refresh: ${JSON.stringify(refreshed.error)}`);

  const page = await walk.openPage(POPUP, POPUP_SIZE);
  const chooser = page.locator('.cashier-chooser');
  await expect(chooser).toBeVisible();
  await walk.shot(page, 'popup-cashier-chooser');

  await chooser.getByRole('button', { name: LONG_NAME }).click();
  await expect(page.locator('#amount')).toBeVisible();
  // The header stays one line with the longest name: every item on the title's row.
  const boxes = await page.locator('header.top > *').evaluateAll((items) => items.map((item) => item.getBoundingClientRect()).map(({ top, bottom }) => ({ top, bottom })));
  const oneLine = Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
  expect(oneLine, `header items at ${JSON.stringify(boxes)}`).toBe(true);
  await walk.shot(page, 'popup-header-cashier');

  await page.locator('#tab-orders').click();
  await expect(page.locator('#panel-orders [data-uuid]')).toHaveCount(5);
  await walk.shot(page, 'popup-orders-tills');
  await page.close();

  // Back to a till with no name and no cashiers, as the later screens expect.
  await walk.sendMessage('till.cashier.set', { name: null });
  await walk.configure({ tillName: '', cashiers: [], cashierFreeText: false });
}

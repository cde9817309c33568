/** The touch counter's screens: keypad, items and cart in the popup, the items card in the options. */
import { OPTIONS, POPUP, expect } from '../fixtures';
import { OPTIONS_SIZE, POPUP_SIZE, type Walk } from './walk';

const ITEMS = [
  { name: 'Caffè', price: '1.20', emoji: '☕' },
  { name: 'Cornetto', price: '1.10', emoji: '🥐' },
  { name: 'Spremuta d’arancia', price: '3.50' },
  { name: 'Tramezzino', price: '4.00', emoji: '🥪' },
];

export async function touchCounter(walk: Walk): Promise<void> {
  await walk.configure({ keypad: 'on', items: ITEMS });
  const popup = await walk.openPage(POPUP, POPUP_SIZE);
  await expect(popup.locator('.keypad')).toBeVisible();
  await walk.shot(popup, 'popup-keypad');
  const items = popup.locator('.item-button');
  for (const index of [0, 0, 1]) await items.nth(index).click();
  await expect(popup.locator('.cart')).toBeVisible();
  await walk.shot(popup, 'popup-keypad-cart');
  await popup.close();

  const options = await walk.openPage(OPTIONS, OPTIONS_SIZE);
  await expect(options.locator('.items-list li')).toHaveCount(ITEMS.length);
  await walk.shot(options, 'options-items');
  await options.close();
  // The screens after this one show the counter as most tills have it.
  await walk.configure({ keypad: 'auto', items: [] });
}

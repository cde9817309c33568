/**
 * The customer display's journey, written against the shared Driver (e2e/driver/types.ts) so it
 * runs in Chromium (e2e/customer-display.spec.ts) and in Firefox ESR (e2e/firefox/journeys.firefox.ts).
 * The display page is opened directly here (the Driver does not follow new windows); the
 * Chromium spec also opens it with the popup's Show to customer button.
 */
import { expect } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import { sandboxSettings } from '../scripts/sandbox-settings';
import type { Journey } from './journeys';
import { POPUP } from './fixtures';
import { admin, sandboxOrders } from './popup-helpers';

export const CUSTOMER_DISPLAY = 'src/customer/customer.html';

export const customerDisplayFollows: Journey = {
  name: 'the customer display follows the order the cashier makes, in Italian, to Paid — with the popup closed and (Chromium) the background stopped',
  async run(driver, sandbox: Sandbox) {
    const saved = await driver.send('settings.save', sandboxSettings(sandbox, { customerLanguage: 'it', pollIntervalSeconds: 3600 }));
    expect(saved.ok).toBe(true);
    const display = await driver.open(CUSTOMER_DISPLAY, { width: 800, height: 600 });
    await expect.poll(() => display.isVisible('heading', 'Benvenuto')).toBe(true);

    const popup = await driver.open(POPUP);
    await expect.poll(() => popup.focusedLabel()).toBe('Amount');
    await popup.type('9');
    await popup.press('Enter');
    await expect.poll(() => popup.isVisible('img', 'Payment QR code')).toBe(true);
    await popup.close();
    const [order] = await sandboxOrders(sandbox);

    // As Intl writes it in Italian, with its no-break space ("9,00 €").
    const amount = new Intl.NumberFormat('it', { style: 'currency', currency: 'EUR' }).format(9);
    await expect.poll(() => display.isVisible('heading', amount)).toBe(true);
    await expect.poll(() => display.scanQr('Codice QR di pagamento')).toBe(order?.uri);

    // The background stops: the display connects again and the worker, restarted, still knows the order.
    // (Firefox suspends only an idle event page, and the watch on this pending order keeps it busy.)
    if (driver.stopsBusyBackground) await driver.stopBackground();
    await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'paid' });
    await expect.poll(() => display.text('status'), { timeout: 30_000 }).toBe('✓ Pagato — grazie');
    expect(await display.isVisible('img', 'Codice QR di pagamento')).toBe(false);
  },
};

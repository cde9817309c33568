/**
 * The main journeys, written once against the small Driver interface and run in
 * Chromium (e2e/journeys.spec.ts, Playwright) and in Firefox ESR
 * (e2e/firefox/journeys.firefox.ts, puppeteer-core over WebDriver BiDi).
 * Each waits with expect.poll, which both runners provide.
 */
import { createHash, createHmac } from 'node:crypto';
import { expect } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import { sandboxSettings } from '../scripts/sandbox-settings';
import { signatureVector } from '../test-vectors/signatures';
import type { Driver } from './driver/types';
import { OPTIONS, PANEL, POPUP, SIDE_PANEL } from './fixtures';
import { admin, apiRequests, sandboxOrders, type SandboxOrder } from './popup-helpers';

export interface Journey {
  name: string;
  run: (driver: Driver, sandbox: Sandbox) => Promise<void>;
}

async function configure(driver: Driver, sandbox: Sandbox): Promise<void> {
  const result = await driver.send('settings.save', sandboxSettings(sandbox));
  if (!result.ok) throw new Error(`settings.save failed: ${JSON.stringify(result.error)}`);
}

const posts = async (sandbox: Sandbox, path: string) => (await apiRequests(sandbox)).filter((r) => r.method === 'POST' && r.path === path).length;

/** Independent of the extension: base64(HMAC-SHA512(SHA-256(secret), body)). */
function hmac(secret: string, body: string): string {
  const key = createHash('sha256').update(secret, 'utf8').digest();
  return createHmac('sha512', key).update(body, 'utf8').digest('base64');
}

export const configureAndTest: Journey = {
  name: 'configure on the options page, save, and Test connection says Connected',
  async run(driver, sandbox) {
    const page = await driver.open(OPTIONS, { width: 900, height: 1000 });
    await expect.poll(() => page.isVisible('heading', 'WebPOS Counter settings')).toBe(true);
    await page.check('Sandbox (test)');
    await page.fill('Client ID', sandbox.clientId);
    await page.fill('Secret', sandbox.secret);
    await page.fill('API base URL', sandbox.url);
    await page.fill('Request timeout (seconds)', '5');
    await page.fill('Refresh interval (seconds)', '30');
    await page.click('button', 'Save');
    await expect.poll(() => page.text('status')).toBe('Settings saved.');
    expect(await driver.send('settings.get', null)).toMatchObject({
      ok: true,
      data: { mode: 'sandbox', clientId: sandbox.clientId, baseUrl: sandbox.url, hasSecret: true, configured: true, timeoutSeconds: 5 },
    });
    expect(await page.value('Secret')).toBe('');

    await page.click('button', 'Test connection');
    await expect.poll(() => page.text('status')).toContain('Connected');
    expect(await page.text('status')).toContain(`Sandbox at ${new URL(sandbox.url).host}`);
    expect(await page.bodyText()).not.toContain(sandbox.secret);
  },
};

export const createAndPay: Journey = {
  name: 'an amount typed with a comma and Enter shows the QR; a simulated payment turns it Paid',
  async run(driver, sandbox) {
    await configure(driver, sandbox);
    const page = await driver.open(POPUP);
    await expect.poll(() => page.focusedLabel()).toBe('Amount');
    await page.type('12,5');
    await page.press('Enter');

    await expect.poll(() => page.isVisible('img', 'Payment QR code')).toBe(true);
    const [order, ...others] = await sandboxOrders(sandbox);
    expect(others).toEqual([]);
    expect(order?.amount).toBe('12.50');
    expect(order?.uri).toMatch(/^bitcoin:/);
    expect(await page.attribute('img', 'Payment QR code', 'data-uri')).toBe(order?.uri);
    expect(await page.scanQr('Payment QR code')).toBe(order?.uri);
    expect(await page.bodyText()).toContain(order?.address);
    expect(await page.bodyText()).toContain('Pending');

    await page.click('button', 'Customer pays in full');
    await expect.poll(() => page.isVisible('heading', 'Paid')).toBe(true);
    expect(await page.isVisible('img', 'Payment QR code')).toBe(false);
    expect(await page.isVisible('button', 'Cancel order')).toBe(false);
  },
};

export const sidePanelSale: Journey = {
  name: 'the side panel (Firefox: sidebar) page is the counter: a sale to Paid, heard through its live region',
  async run(driver, sandbox) {
    await configure(driver, sandbox);
    const page = await driver.open(SIDE_PANEL, { width: 360, height: 800 });
    await expect.poll(() => page.focusedLabel()).toBe('Amount');
    // The live region is there, silent, from the first paint.
    expect(await page.text('status')).toBe('');
    await page.type('4,2');
    await page.press('Enter');
    await expect.poll(() => page.isVisible('img', 'Payment QR code')).toBe(true);
    await page.click('button', 'Customer pays in full');
    await expect.poll(() => page.isVisible('heading', 'Paid')).toBe(true);
    await expect.poll(() => page.text('status')).toBe('Paid');
    expect((await sandboxOrders(sandbox)).map((o) => o.amount)).toEqual(['4.20']);
  },
};

export const paymentPushed: Journey = {
  name: 'a payment that arrives behind the extension’s back is pushed to the open order view',
  async run(driver, sandbox) {
    await configure(driver, sandbox);
    const page = await driver.open(POPUP);
    await expect.poll(() => page.focusedLabel()).toBe('Amount');
    await page.type('4');
    await page.press('Enter');
    await expect.poll(() => page.isVisible('img', 'Payment QR code')).toBe(true);
    const [order] = await sandboxOrders(sandbox);
    await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'paid' });
    // The popup does not poll: the worker's watch reads the paid order and pushes it.
    await expect.poll(() => page.isVisible('heading', 'Paid'), { timeout: 30_000 }).toBe(true);
    expect(await page.isVisible('img', 'Payment QR code')).toBe(false);
  },
};

export const listFilterSearch: Journey = {
  name: 'the orders list: every order, the Paid filter asks the API, Search narrows the loaded rows',
  async run(driver, sandbox) {
    await configure(driver, sandbox);
    await admin(sandbox, '/reset', { seed: 25 });
    const seeded = (await sandboxOrders(sandbox)) as (SandboxOrder & { state: { blockchain_status: string } })[];
    const paid = seeded.filter((o) => o.state.blockchain_status === 'paid');
    expect(paid.length).toBeGreaterThan(1);

    const page = await driver.open(POPUP);
    await page.click('tab', 'Orders');
    await expect.poll(() => page.bodyText()).toContain('25 of 25 orders');

    await page.select('Status', 'Paid');
    await expect.poll(() => page.bodyText()).toContain(`${paid.length} of ${paid.length} orders`);
    expect((await apiRequests(sandbox)).some((r) => r.method === 'GET' && /status=paid/.test(r.query))).toBe(true);

    const wanted = paid[0] as SandboxOrder;
    await page.fill('Search', wanted.uuid.slice(0, 13));
    await expect.poll(() => page.bodyText()).toContain(`1 of ${paid.length} loaded orders match`);
    await page.fill('Search', 'no order has this text');
    await expect.poll(() => page.bodyText()).toContain('No loaded order matches');
  },
};

export const panelVerdicts: Journey = {
  name: "the panel's verdict: a genuine callback is valid, a tampered one is not and says why",
  async run(driver, sandbox) {
    await configure(driver, sandbox);
    const page = await driver.open(PANEL, { width: 1400, height: 1000 });
    const genuine = signatureVector('compact completed').body;
    await page.fill('Webhook body', genuine);
    await page.fill('Signature', hmac(sandbox.secret, genuine));
    await page.click('button', 'Verify');
    await expect.poll(() => page.isVisible('heading', 'Valid signature')).toBe(true);
    expect(await page.bodyText()).toMatch(/genuine payment\.completed callback/);
    expect(await page.bodyText()).toMatch(/stored secret/);

    const tampered = signatureVector('body altered after signing');
    await page.fill('Webhook body', tampered.body);
    await page.fill('Signature', tampered.signature);
    await page.fill('Secret (optional)', tampered.secret);
    await page.click('button', 'Verify');
    await expect.poll(() => page.isVisible('heading', 'Invalid signature')).toBe(true);
    expect(await page.bodyText()).toMatch(/altered after signing/);
    expect(await page.bodyText()).not.toContain(tampered.secret);
  },
};

export const tokenSurvivesRestart: Journey = {
  name: 'the token survives the background being stopped: no second login',
  async run(driver, sandbox) {
    await configure(driver, sandbox);
    expect((await driver.send('orders.refresh', { filter: 'all' })).ok).toBe(true);
    expect(await posts(sandbox, '/token')).toBe(1);

    await driver.stopBackground();

    expect(await driver.send('orders.refresh', { filter: 'paid' })).toMatchObject({ ok: true });
    expect(await posts(sandbox, '/token')).toBe(1);
    const listed = (await apiRequests(sandbox)).filter((r) => r.method === 'GET' && r.path === '/payment-order');
    expect(listed.length).toBeGreaterThanOrEqual(2);
  },
};

export const soundOnPayment: Journey = {
  name: 'an order made here, paid after its popup closed, plays the paid chime in the background',
  async run(driver, sandbox) {
    const saved = await driver.send('settings.save', sandboxSettings(sandbox, { pollIntervalSeconds: 5 }));
    expect(saved.ok).toBe(true);
    const page = await driver.open(POPUP);
    await expect.poll(() => page.focusedLabel()).toBe('Amount');
    await page.type('2.80');
    await page.press('Enter');
    await expect.poll(() => page.isVisible('img', 'Payment QR code')).toBe(true);
    await page.close();
    expect(await driver.playedSounds()).toEqual([]);
    const [order] = await sandboxOrders(sandbox);
    await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'paid' });
    // Only the worker's refresh can notice it now; it plays the chime once, nothing else.
    await expect.poll(() => driver.playedSounds(), { timeout: 30_000 }).toEqual(['paid']);
  },
};

export const journeys: Journey[] = [configureAndTest, createAndPay, sidePanelSale, paymentPushed, listFilterSearch, panelVerdicts, tokenSurvivesRestart, soundOnPayment];

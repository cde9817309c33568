/** Helpers shared by the popup journeys (e2e/popup-*.spec.ts) and the other page specs. */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import { decodeQr as decodeRendered, inPage } from './driver/rendered-image';
import { expect } from './fixtures';

export async function admin<T = unknown>(sandbox: Sandbox, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sandbox.url}/__sandbox${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface SandboxOrder {
  uuid: string;
  amount: string;
  uri: string;
  address: string;
  [key: string]: unknown;
}

export async function sandboxOrders(sandbox: Sandbox): Promise<SandboxOrder[]> {
  return (await admin<{ count: number; orders: SandboxOrder[] }>(sandbox, '/orders')).orders;
}

/** API requests the sandbox saw, e.g. to prove that none was sent. */
export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number | null;
}

export async function apiRequests(sandbox: Sandbox): Promise<LoggedRequest[]> {
  return (await admin<{ requests: LoggedRequest[] }>(sandbox, '/requests')).requests;
}

export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on the ${what} view`).toEqual([]);
}

/** 200% zoom of a 380 px popup is a 190 px wide layout: nothing may scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(size.scroll, `${what} overflows sideways at 200% zoom`).toBeLessThanOrEqual(size.client);
}

/** Draws the QR's SVG on a canvas and decodes it, as a phone would. */
/** What a phone's QR scanner reads from the popup's payment QR code, or null. */
export async function decodeQr(page: Page): Promise<string | null> {
  return decodeRendered(await page.getByRole('img', { name: 'Payment QR code' }).evaluate(inPage, 400));
}

export async function shoot(page: Page, name: string): Promise<void> {
  if (!process.env.POPUP_SCREENSHOTS) return;
  const dir = process.env.POPUP_SCREENSHOTS;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${dir}/${name}-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${dir}/${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Clicks a "Copy details" button and returns what it copied, read where the page writes it
 * (the page's `navigator.clipboard` is replaced first), without the system clipboard.
 */
export async function copiedBy(page: Page, button: Locator): Promise<string> {
  await page.evaluate(() => {
    const copied: string[] = [];
    (window as unknown as { copied: string[] }).copied = copied;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
  });
  await button.click();
  await page.waitForFunction(() => (window as unknown as { copied: string[] }).copied.length > 0);
  return page.evaluate(() => (window as unknown as { copied: string[] }).copied.join('\n'));
}

/** Stops the extension's service worker over CDP (as Chrome does when idle) and waits until it has stopped. */
export async function stopWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.includes('stopped'), { timeout: 10_000 }).toBe(true);
  await cdp.detach();
}

import type { BrowserContext, Page } from '@playwright/test';
import { POPUP, expect, test } from './fixtures';
import { admin, apiRequests, sandboxOrders } from './popup-helpers';

declare global {
  interface Window {
    /** The type of every message this page sent to the worker (recorded by the init script below). */
    sentTypes?: string[];
  }
}

/** Records the type of every message the extension's pages send to the worker. */
async function recordSentMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const sent: string[] = [];
    window.sentTypes = sent;
    const runtime = globalThis.chrome?.runtime;
    if (!runtime?.sendMessage) return;
    const original = runtime.sendMessage.bind(runtime) as (...args: unknown[]) => unknown;
    runtime.sendMessage = ((...args: unknown[]) => {
      const message = args[0] as { type?: unknown } | null;
      sent.push(typeof message?.type === 'string' ? message.type : '?');
      return original(...args);
    }) as typeof runtime.sendMessage;
  });
}

const sentBy = async (page: Page): Promise<string[]> => (await page.evaluate(() => window.sentTypes)) ?? [];

test('an open order view never polls: only the worker watch reads the order, and the payment is pushed to it', async ({ context, configure, openPage, sandbox }) => {
  await configure({ pollIntervalSeconds: 3600 });
  await recordSentMessages(context);
  const page = await openPage(POPUP);
  await page.getByLabel('Amount').fill('3');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  const [order] = await sandboxOrders(sandbox);
  const reads = async () => (await apiRequests(sandbox)).filter((r) => r.method === 'GET' && r.path === `/payment-order/${order?.uuid}`).length;

  // Three reads of the order by the worker's watch (every second while the view is open), none by the popup.
  await expect.poll(reads, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  const sentWhileOpen = await sentBy(page);
  expect(sentWhileOpen).toContain('order.create'); // The recorder saw the page's messages.
  const reading = (types: string[]) => types.filter((type) => type === 'order.get' || type === 'order.check');
  expect(reading(sentWhileOpen)).toEqual([]);
  // The sandbox controls ask once which callbacks the order can fire, not again and again.
  expect(sentWhileOpen.filter((type) => type === 'order.callbacks')).toHaveLength(1);

  // Paid behind the extension's back: the worker's next watch read is pushed to the open view.
  await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'paid' });
  await expect(page.getByRole('heading', { name: 'Paid', exact: true })).toBeVisible({ timeout: 20_000 });
  const sent = await sentBy(page);
  expect(reading(sent)).toEqual([]);
});

test('an unsure create is settled by the worker, which pushes the verdict: the popup never asks', async ({ context, configure, openPage, sandbox }) => {
  await configure();
  await recordSentMessages(context);
  await admin(sandbox, '/faults', { errorRate: 1 });
  const page = await openPage(POPUP);
  await page.getByLabel('Amount').fill('6');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Not sure the order was made — checking…' })).toBeVisible({ timeout: 20_000 });

  // The worker looks again by itself; once WebPOS answers, its verdict reaches the open popup.
  await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  await expect(page.getByText('The order was not created')).toBeVisible({ timeout: 20_000 });
  const sent = await sentBy(page);
  expect(sent).toContain('order.create');
  expect(sent.filter((type) => type === 'order.check')).toEqual([]);
});

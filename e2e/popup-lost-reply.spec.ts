/**
 * A lost reply is "not sure", never "not created" (issue 23, point 2): the worker is
 * stopped (over CDP, as Chrome stops an idle worker) while WebPOS has made the order but
 * not answered yet. The popup says it is checking, the restarted worker finds the order
 * by its sale code, and pressing Create again meanwhile makes no second order.
 */
import type { Page } from '@playwright/test';
import { POPUP, expect, test } from './fixtures';
import { admin, apiRequests, shoot, stopWorker } from './popup-helpers';
import { serverSummary } from './second-till';

const AT_400x600 = { width: 400, height: 600 };
const UNSURE = 'Not sure the order was made — checking…';


/** Records every moment the page says "not created", however briefly. */
async function recordNotCreated(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { notCreated: string[] }).notCreated = said;
    const look = () => {
      if (/not created/i.test(document.body.innerText)) said.push(document.body.innerText);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { notCreated: string[] }).notCreated);
}

const posts = async (sandbox: Parameters<typeof apiRequests>[0]) =>
  (await apiRequests(sandbox)).filter((r) => r.method === 'POST' && r.path === '/payment-order').length;

test('the worker stopped while a create hangs after commit: never "not created", not sure, then the order; Enter again makes no second one', async ({
  context, configure, openPage, sandbox,
}, testInfo) => {
  await configure({ timeoutSeconds: 5 });
  await admin(sandbox, '/faults', { commitThenHang: true });
  const page = await openPage(POPUP, AT_400x600);
  const notCreated = await recordNotCreated(page);
  await page.getByLabel('Amount').fill('12');
  await page.keyboard.press('Enter');
  await expect.poll(() => serverSummary(sandbox)).toEqual([['this till', '12.00', null, 'pending']]);

  // WebPOS made the order and is still silent; every other request fails now, so the worker
  // that starts again cannot settle it yet. The worker is stopped before the answer comes.
  await admin(sandbox, '/faults', { commitThenHang: false, errorRate: 1 });
  await stopWorker(context, page);
  const unsure = page.getByRole('heading', { name: UNSURE });
  await expect(unsure).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText(/the extension's background stopped or was reloaded/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('lost-reply-unsure.png') });
  await shoot(page, 'create-lost-reply');

  // Enter again for the same sale while unsure: the same attempt, so no second order.
  await page.getByLabel('Amount').press('Enter');
  await expect(unsure).toBeVisible({ timeout: 20_000 });

  await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible({ timeout: 30_000 });
  await expect(unsure).toHaveCount(0);
  expect(await notCreated()).toEqual([]);

  expect(await serverSummary(sandbox)).toEqual([['this till', '12.00', null, 'pending']]);
  expect(await posts(sandbox)).toBe(1);
});

test('the popup closed and the worker stopped mid-create: reopened, it is not sure, then shows the order', async ({ context, configure, openPage, sandbox }) => {
  await configure({ timeoutSeconds: 5 });
  await admin(sandbox, '/faults', { commitThenHang: true });
  let page = await openPage(POPUP, AT_400x600);
  await page.getByLabel('Amount').fill('9.50');
  await page.keyboard.press('Enter');
  await expect.poll(() => serverSummary(sandbox)).toEqual([['this till', '9.50', null, 'pending']]);
  await admin(sandbox, '/faults', { commitThenHang: false, errorRate: 1 });
  const other = await openPage(POPUP, AT_400x600);
  await page.close();
  await stopWorker(context, other);
  await other.close();

  page = await openPage(POPUP, AT_400x600);
  const notCreated = await recordNotCreated(page);
  await expect(page.getByRole('heading', { name: UNSURE })).toBeVisible();
  await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible({ timeout: 30_000 });
  expect(await notCreated()).toEqual([]);
  expect(await serverSummary(sandbox)).toEqual([['this till', '9.50', null, 'pending']]);
  expect(await posts(sandbox)).toBe(1);
});

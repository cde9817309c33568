/**
 * Figure 10: payment to screen. An order waits for its payment; the sandbox's admin API
 * pays it (`step` to paid) 1–4 s later (spread over whole watch cycles), so the payment
 * lands anywhere in the watch's cycle. Timed from the bench's `Date.now()` just before that call to:
 *  (a) the first frame of the open popup's order view showing the heading "Paid"
 *      (the page's own epoch clock, `performance.timeOrigin + performance.now()`);
 *  (b) with no extension page showing the order (the popup closed), the notification
 *      existing in the worker (`chrome.notifications.getAll`, looked at every 20 ms in the
 *      worker itself, so the step adds at most 20 ms).
 * And what each costs: API requests per minute at the sandbox's request log while a pending
 * order waits, over one long window per case (popup open on it; popup closed).
 */
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { POPUP, withExtension, type ExtensionSession } from '../browser';
import { paidHeadingProbe } from '../probes';
import { admin, clearRequestLog, requestLog } from '../sandbox';
import { median, percentile } from '../stats';
import { row, type BenchOptions, type Figure, type FigureResult } from '../types';

const QR = 'svg[aria-label="Payment QR code"]';

interface SandboxOrder {
  uuid: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A deterministic 1–4 s wait per run. The watch's cycles (1 s with the order view open, 3 s
 * without) start when the order is made, so the spread covers a whole number of both cycles:
 * the payment lands at every phase alike.
 */
function waits(runs: number): number[] {
  let seed = 12345;
  return Array.from({ length: runs }, () => 1_000 + ((seed = (seed * 48271) % 2147483647) % 3_000));
}

async function newestOrder(sandbox: Sandbox): Promise<string> {
  const { orders } = await admin<{ orders: SandboxOrder[] }>(sandbox, '/orders');
  const last = orders.at(-1);
  if (!last) throw new Error('the sandbox has no order');
  return last.uuid;
}

async function pay(sandbox: Sandbox, uuid: string): Promise<number> {
  const t0 = Date.now();
  await admin(sandbox, `/orders/${uuid}/step`, { body: { to: 'paid' } });
  return t0;
}

/** Opens the popup, creates an order there, and leaves it on the order view (QR shown). */
async function popupOnNewOrder(session: ExtensionSession, amount: string) {
  const page = await session.newPage();
  await page.addInitScript(paidHeadingProbe, 'Paid');
  await page.goto(session.url(POPUP));
  const field = page.getByLabel('Amount', { exact: true });
  await field.waitFor();
  await field.fill(amount);
  await field.press('Enter');
  await page.waitForSelector(QR, { timeout: 15_000 });
  return page;
}

async function paidInPopup(session: ExtensionSession, sandbox: Sandbox, waitMs: number): Promise<number> {
  const page = await popupOnNewOrder(session, '4.20');
  try {
    const uuid = await newestOrder(sandbox);
    await sleep(waitMs);
    const t0 = await pay(sandbox, uuid);
    const handle = await page.waitForFunction(() => (window as unknown as { __benchPaidAt?: number }).__benchPaidAt, null, { timeout: 30_000 });
    return ((await handle.jsonValue()) as number) - t0;
  } finally {
    await page.close();
  }
}

async function createClosed(session: ExtensionSession, amount: string): Promise<string> {
  const created = await session.send('order.create', { order: { amount }, attemptId: crypto.randomUUID() });
  return created.order.uuid;
}

async function notifiedClosed(session: ExtensionSession, sandbox: Sandbox, waitMs: number): Promise<number> {
  const uuid = await createClosed(session, '5.30');
  await sleep(waitMs);
  const t0 = await pay(sandbox, uuid);
  const worker = await session.worker();
  const shownAt = await worker.evaluate(async (id) => {
    for (let i = 0; i < 1_500; i++) {
      const all = await chrome.notifications.getAll();
      if (Object.keys(all).some((key) => key.includes(id))) return Date.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no notification for ${id} within 30 s`);
  }, uuid);
  await worker.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
  return shownAt - t0;
}

/** API requests per minute at the sandbox while one pending order waits `windowMs`. */
async function requestsPerMinute(sandbox: Sandbox, windowMs: number): Promise<number> {
  await clearRequestLog(sandbox);
  const start = Date.now();
  await sleep(windowMs);
  const count = (await requestLog(sandbox)).length;
  return (count / (Date.now() - start)) * 60_000;
}

export const paymentWatch: Figure = {
  id: '10',
  title: 'Payment to screen',
  browser: true,
  run: async ({ quick, extensionDir, log }: BenchOptions): Promise<FigureResult[]> => {
    const runs = quick ? 6 : 12;
    const windowMs = quick ? 15_000 : 30_000;
    const sandbox = await startSandbox({ port: 0, quiet: true });
    try {
      return await withExtension(extensionDir, async (session) => {
        await session.configure(sandbox, { notifications: true });
        const popup: number[] = [];
        const closed: number[] = [];
        for (const [i, wait] of waits(runs).entries()) {
          popup.push(await paidInPopup(session, sandbox, wait));
          closed.push(await notifiedClosed(session, sandbox, wait));
          log(`  run ${i + 1}/${runs}: popup ${popup.at(-1)?.toFixed(0)} ms, notification ${closed.at(-1)?.toFixed(0)} ms`);
        }

        // Cost: one pending order waiting, first with the popup open on it, then with it closed.
        const page = await popupOnNewOrder(session, '6.40');
        const openRate = await requestsPerMinute(sandbox, windowMs);
        await page.close();
        await sleep(1_000);
        const closedRate = await requestsPerMinute(sandbox, windowMs);

        const common = { unit: 'ms', runs };
        return [
          row({ id: '10a', name: 'Payment → "Paid" in the open popup, median', value: median(popup), budget: { max: 2_000, on: 'value' }, ...common, note: 'admin step to paid → first frame with the heading' }),
          row({ id: '10b', name: 'Payment → "Paid" in the open popup, p95', value: percentile(popup, 95), ...common }),
          row({ id: '10c', name: 'Payment → notification, popup closed, median', value: median(closed), ...common }),
          row({ id: '10d', name: 'Payment → notification, popup closed, p95', value: percentile(closed, 95), budget: { max: 6_000, on: 'value' }, ...common, note: 'admin step to paid → notification in chrome.notifications.getAll' }),
          row({ id: '10e', name: 'API requests/min, popup open on a pending order', value: openRate, unit: 'req/min', runs: 1, note: `${windowMs / 1000} s window at the sandbox's request log` }),
          row({ id: '10f', name: 'API requests/min, popup closed, a young pending order', value: closedRate, unit: 'req/min', runs: 1, note: `${windowMs / 1000} s window at the sandbox's request log` }),
        ];
      });
    } finally {
      await sandbox.close();
    }
  },
};

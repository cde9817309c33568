import { POPUP, expect, test } from './fixtures';
import { stopWorker } from './popup-helpers';

interface LoggedRequest {
  method: string;
  path: string;
  status: number | null;
}

async function requestLog(url: string): Promise<LoggedRequest[]> {
  const res = await fetch(`${url}/__sandbox/requests`);
  return ((await res.json()) as { requests: LoggedRequest[] }).requests;
}

async function setFaults(url: string, faults: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify(faults), headers: { 'content-type': 'application/json' } });
  expect(res.ok).toBe(true);
}

const count = (log: LoggedRequest[], method: string, path: string) => log.filter((r) => r.method === method && r.path === path).length;

test('orders: create once per attempt, list from cache and API, simulate payment, badge count', async ({ sandbox, configure, sendMessage }) => {
  const before = await sendMessage('orders.refresh', { filter: 'all' });
  expect(before).toMatchObject({ ok: false, error: { code: 'not_configured' } });

  await configure();
  const order = { amount: '12.50', reference: 'Table 7', details: 'Two coffees' };
  const [first, second] = await Promise.all([
    sendMessage('order.create', { order, attemptId: 'attempt-1' }),
    sendMessage('order.create', { order, attemptId: 'attempt-1' }),
  ]);
  if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
  expect(first.data.createdHere).toBe(true);
  expect(first.data.order.amount).toBe('12.50');
  expect(second.data.order.uuid).toBe(first.data.order.uuid);
  const again = await sendMessage('order.create', { order, attemptId: 'attempt-1' });
  expect(again.ok && again.data.order.uuid).toBe(first.data.order.uuid);
  expect(count(await requestLog(sandbox.url), 'POST', '/payment-order')).toBe(1);

  const uuid = first.data.order.uuid;
  const cached = await sendMessage('orders.cached', { filter: 'all' });
  expect(cached.ok && cached.data.orders.find((r) => r.uuid === uuid)).toMatchObject({ createdHere: true, reference: expect.stringMatching(/^Table 7 #[0-9A-Z]{8}$/) });

  const pending = await sendMessage('orders.refresh', { filter: 'pending' });
  if (!pending.ok) throw new Error(JSON.stringify(pending));
  expect(pending.data.orders.some((r) => r.uuid === uuid)).toBe(true);
  expect(pending.data.fetchedAt).not.toBeNull();

  const health = await sendMessage('health.get', null);
  expect(health).toMatchObject({ ok: true, data: { state: 'ok', pendingCount: 1 } });

  const callbacks = await sendMessage('order.callbacks', { uuid });
  expect(callbacks.ok && callbacks.data.callbacks).toContain('payment.completed');
  const paid = await sendMessage('order.simulate', { uuid, callback: 'payment.completed' });
  expect(paid).toMatchObject({ ok: true, data: { order: { state: { status: 'paid' } }, createdHere: true } });

  const after = await sendMessage('health.get', null);
  expect(after).toMatchObject({ ok: true, data: { pendingCount: 0 } });
  const pendingAfter = await sendMessage('orders.cached', { filter: 'pending' });
  expect(pendingAfter.ok && pendingAfter.data.orders.some((r) => r.uuid === uuid)).toBe(false);
  const paidList = await sendMessage('orders.refresh', { filter: 'paid' });
  expect(paidList.ok && paidList.data.orders.some((r) => r.uuid === uuid)).toBe(true);

  const reset = await sendMessage('order.reset', { uuid });
  expect(reset).toMatchObject({ ok: true, data: { order: { state: { status: 'pending' } } } });
  const cancelled = await sendMessage('order.cancel', { uuid });
  expect(cancelled).toMatchObject({ ok: true, data: { order: { state: { status: 'cancelled' } } } });
});

test('a create whose connection drops after the server committed adopts that order instead of making another', async ({ sandbox, configure, sendMessage }) => {
  await configure();
  await setFaults(sandbox.url, { commitThenDrop: true });
  const created = await sendMessage('order.create', { order: { amount: '3.20', reference: 'Dropped' }, attemptId: 'drop-1' });
  await setFaults(sandbox.url, { commitThenDrop: false });
  if (!created.ok) throw new Error(JSON.stringify(created));
  expect(created.data).toMatchObject({ createdHere: true, order: { amount: '3.20', reference: expect.stringMatching(/^Dropped #[0-9A-Z]{8}$/) } });

  // Chromium itself resends a POST whose reused connection dropped before any answer, so the
  // server may have committed twice; the extra copy is cancelled and only one stays payable.
  const posts = count(await requestLog(sandbox.url), 'POST', '/payment-order');
  expect(posts).toBeGreaterThanOrEqual(1);
  expect(posts).toBeLessThanOrEqual(2);
  const pending = await sendMessage('orders.refresh', { filter: 'pending' });
  expect(pending.ok && pending.data.orders.filter((r) => r.reference?.startsWith('Dropped')).map((r) => r.uuid)).toEqual([created.data.order.uuid]);
});

test('sandbox-only actions are refused in live mode', async ({ sandbox, configure, sendMessage }) => {
  await configure({ mode: 'live' });
  const created = await sendMessage('order.create', { order: { amount: '1.00' }, attemptId: 'live-1' });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const uuid = created.data.order.uuid;
  const refused = await sendMessage('order.simulate', { uuid, callback: 'payment.completed' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'sandbox_only' } });
  expect(await sendMessage('order.reset', { uuid })).toMatchObject({ ok: false, error: { code: 'sandbox_only' } });
  // Refused before reaching the API: no test endpoint was called, and the order is still unpaid.
  const testCalls = (await requestLog(sandbox.url)).filter((r) => r.path.startsWith(`/payment-order/${uuid}/`));
  expect(testCalls).toEqual([]);
  expect(await sendMessage('order.get', { uuid, refresh: true })).toMatchObject({ ok: true, data: { order: { state: { status: 'pending' } } } });
});

test('the token survives the service worker being stopped: no second login', async ({ context, sandbox, configure, sendMessage, openPage }) => {
  await configure();
  const first = await sendMessage('orders.refresh', { filter: 'all' });
  expect(first.ok).toBe(true);
  expect(count(await requestLog(sandbox.url), 'POST', '/token')).toBe(1);

  const page = await openPage(POPUP);
  await stopWorker(context, page);

  const second = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'orders.refresh', payload: { filter: 'paid' } }));
  expect(second).toMatchObject({ ok: true });
  const log = await requestLog(sandbox.url);
  expect(count(log, 'POST', '/token')).toBe(1);
  expect(count(log, 'GET', '/payment-order')).toBeGreaterThanOrEqual(2);
});

test('no message a page receives ever carries the secret', async ({ sandbox, configure, sendMessage }) => {
  await configure();
  const replies: unknown[] = [];
  replies.push(await sendMessage('settings.get', null));
  replies.push(
    await sendMessage('settings.test', {
      mode: 'sandbox', clientId: sandbox.clientId, secret: '', baseUrl: sandbox.url, timeoutSeconds: 5, pollIntervalSeconds: 30, notifications: true,
    }),
  );
  replies.push(
    await sendMessage('settings.test', {
      mode: 'sandbox', clientId: sandbox.clientId, secret: 'wrong-secret-1234', baseUrl: sandbox.url, timeoutSeconds: 5, pollIntervalSeconds: 30, notifications: true,
    }),
  );
  replies.push(await sendMessage('orders.refresh', { filter: 'all' }));
  replies.push(await sendMessage('order.get', { uuid: '00000000-0000-4000-8000-000000000000', refresh: true }));
  replies.push(await sendMessage('order.create', { order: { amount: '-1' }, attemptId: 'bad' }));
  replies.push(await sendMessage('health.get', null));
  const text = JSON.stringify(replies);
  expect(text).not.toContain(sandbox.secret);
  expect(replies[0]).toMatchObject({ ok: true, data: { hasSecret: true, configured: true } });
  expect(replies[1]).toMatchObject({ ok: true, data: { mode: 'sandbox' } });
  expect(replies[2]).toMatchObject({ ok: false, error: { code: '1001' } });
  expect(replies[4]).toMatchObject({ ok: false, error: { code: '3001' } });
  expect(replies[5]).toMatchObject({ ok: false, error: { code: 'validation' } });
});

test('a page showing a pending order gets it watched every second; the badge counts pending orders and turns "!" when offline', async ({ sandbox, configure, sendMessage, serviceWorker, openPage }) => {
  await configure({ pollIntervalSeconds: 3600 });
  const created = await sendMessage('order.create', { order: { amount: '7.00', reference: 'Watched' }, attemptId: 'watch-1' });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const uuid = created.data.order.uuid;
  const badge = () => serviceWorker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
  await expect.poll(badge).toMatchObject({ text: '1' });
  expect(await serviceWorker.evaluate(() => chrome.alarms.get('poll').then((a) => a?.periodInMinutes))).toBe(60);

  // A page shows the order: it holds the update port (as the popup does) and gets the paid copy pushed.
  const page = await openPage(POPUP);
  await page.evaluate((watched) => {
    const port = chrome.runtime.connect({ name: 'order-updates' });
    const pushed: string[] = [];
    Object.assign(globalThis, { watchPort: port, pushed });
    port.onMessage.addListener((message: { type: string; row?: { uuid: string; blockchain_status: string } }) => {
      if (message.row?.uuid === watched) pushed.push(message.row.blockchain_status);
    });
    port.postMessage({ type: 'watch', uuid: watched });
  }, uuid);
  // The order is paid behind the extension's back; the watch notices within a second or two.
  const step = await fetch(`${sandbox.url}/__sandbox/orders/${uuid}/step`, { method: 'POST', body: JSON.stringify({ to: 'paid' }), headers: { 'content-type': 'application/json' } });
  expect(step.ok).toBe(true);
  const pendingCount = async () => {
    const health = await sendMessage('health.get', null);
    return health.ok ? health.data.pendingCount : null;
  };
  await expect.poll(pendingCount, { timeout: 15_000 }).toBe(0);
  await expect.poll(badge).toMatchObject({ text: '' });
  await expect.poll(() => serviceWorker.evaluate(() => chrome.alarms.get('poll').then((a) => a ?? null))).toBeNull();
  const cached = await sendMessage('order.get', { uuid, refresh: false });
  expect(cached).toMatchObject({ ok: true, data: { order: { state: { status: 'paid' } } } });
  // A notification named the order and its new state.
  const notes = await serviceWorker.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(notes).some((id) => id.includes(uuid))).toBe(true);

  expect(await page.evaluate(() => (globalThis as unknown as { pushed: string[] }).pushed)).toContain('paid');
  await page.close(); // The watch ends with the page.
  await sandbox.close();
  const offline = await sendMessage('orders.refresh', { filter: 'all' });
  expect(offline).toMatchObject({ ok: true, data: { offlineSince: expect.any(Number) } });
  expect(await sendMessage('health.get', null)).toMatchObject({ ok: true, data: { state: 'unreachable' } });
  await expect.poll(badge).toMatchObject({ text: '!', title: expect.stringContaining('unreachable') });
  // Offline, the order is still answered from the cache, in its last known state.
  expect(await sendMessage('order.get', { uuid, refresh: false })).toMatchObject({ ok: true, data: { order: { uuid, state: { status: 'paid' } } } });
});

test('with no page open, a young pending order made here is watched by the worker: its payment is notified long before the alarm', async ({ sandbox, configure, sendMessage, serviceWorker }) => {
  await configure({ pollIntervalSeconds: 3600 });
  const created = await sendMessage('order.create', { order: { amount: '8.00', reference: 'Closed popup' }, attemptId: 'young-1' });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const uuid = created.data.order.uuid;
  const reads = async () => ((await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { requests: { method: string; path: string }[] }).requests
    .filter((r) => r.method === 'GET' && r.path === `/payment-order/${uuid}`).length;
  // No page shows it, the alarm is an hour away: only the worker's watch of young orders reads it.
  await expect.poll(reads, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  const step = await fetch(`${sandbox.url}/__sandbox/orders/${uuid}/step`, { method: 'POST', body: JSON.stringify({ to: 'paid' }), headers: { 'content-type': 'application/json' } });
  expect(step.ok).toBe(true);
  const notified = () => serviceWorker.evaluate(async (id) => Object.keys(await chrome.notifications.getAll()).some((key) => key.includes(id)), uuid);
  await expect.poll(notified, { timeout: 20_000 }).toBe(true);
  // Paid: the watch stops reading it.
  const after = await reads();
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  expect(await reads()).toBe(after);
});

test('refused credentials turn the health to unauthorized', async ({ configure, sendMessage }) => {
  await configure({ secret: 'definitely-wrong-secret' });
  const refused = await sendMessage('orders.refresh', { filter: 'all' });
  expect(refused).toMatchObject({ ok: false, error: { code: '1001' } });
  expect(await sendMessage('health.get', null)).toMatchObject({ ok: true, data: { state: 'unauthorized' } });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { verifySignature } from '../src/sdk/index';
import { expect, PANEL, POPUP, test } from './fixtures';
import { apiRequests, expectAccessible, sandboxOrders } from './popup-helpers';

interface Received {
  body: string;
  signature: string;
}

/** The merchant's webhook endpoint under development: plain http on loopback. */
async function startReceiver(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: String(req.headers['chainside-signature']) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/webpos`, received, server };
}

const receiverTest = test.extend<{ receiver: Awaited<ReturnType<typeof startReceiver>> }>({
  receiver: async ({}, use) => {
    const receiver = await startReceiver();
    await use(receiver);
    receiver.server.closeAllConnections();
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
  },
});

async function createWithCallback(page: Page, amount: string, callbackUrl: string): Promise<void> {
  await page.getByLabel('Amount').fill(amount);
  await page.getByText('Optional: links for online sales, confirmations').click();
  await page.getByLabel('Callback URL').fill(callbackUrl);
  await page.getByRole('button', { name: 'Create order' }).click();
}

const WIDE = { width: 1400, height: 1000 };

receiverTest(
  'a simulated payment with a loopback callback URL shows in the Events tab as Valid, and Resend adds an attempt',
  async ({ configure, openPage, sandbox, receiver }) => {
    await configure();
    const popup = await openPage(POPUP);
    await createWithCallback(popup, '6.40', receiver.url);
    await expect(popup.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
    const [order] = await sandboxOrders(sandbox);
    expect(order?.callback_url).toBe(receiver.url);
    await popup.getByRole('button', { name: 'Customer pays in full' }).click();
    await expect(popup.getByRole('heading', { name: 'Paid', exact: true })).toBeVisible();
    await expect.poll(() => receiver.received.length).toBe(1);

    const panel = await openPage(PANEL, WIDE);
    await panel.getByRole('tab', { name: 'Events' }).click();
    const events = panel.getByRole('tabpanel', { name: 'Events' });
    const rows = events.getByRole('table').getByRole('row').filter({ hasText: 'payment.completed' });
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Valid');
    await expect(rows.first()).toContainText('200');
    await expect(rows.first()).toContainText(String(order?.uuid).slice(0, 8));
    await expectAccessible(panel, 'Events tab');

    await rows.first().getByRole('button', { name: /^Open payment\.completed/ }).click();
    const detail = events.getByRole('region', { name: /Delivery of payment\.completed/ });
    await expect(detail.getByLabel('Body', { exact: true })).toHaveText(receiver.received[0]?.body ?? 'missing');
    await expect(detail.getByLabel('Request headers')).toContainText(`chainside-signature: ${receiver.received[0]?.signature}`);
    await expect(detail.getByLabel('Receiver’s answer')).toHaveText('{"received":true}');
    await expectAccessible(panel, 'opened delivery');

    await detail.getByRole('button', { name: 'Resend' }).click();
    await expect(events.getByRole('status')).toContainText('the receiver answered 200');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('resent');
    await expect(rows.first()).toContainText('Valid');
    expect(receiver.received).toHaveLength(2);
    const [first, again] = receiver.received;
    expect(again?.body).toBe(first?.body);
    expect(again?.signature).toBe(first?.signature);
    expect(await verifySignature(sandbox.secret, again?.body ?? '', again?.signature ?? '')).toBe(true);

    if (process.env.PANEL_SCREENSHOTS) {
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        await panel.screenshot({ path: `${process.env.PANEL_SCREENSHOTS}/events-${scheme}.png`, fullPage: true });
      }
      await panel.emulateMedia({ colorScheme: 'light' });
    }

    // Into the verifier: same body and signature, checked again there with the saved secret.
    await detail.getByRole('button', { name: 'Load into the verifier' }).click();
    const verify = panel.getByRole('tabpanel', { name: 'Verify & sign' });
    await expect(verify.getByLabel('Webhook body')).toHaveValue(first?.body ?? 'missing');
    await verify.getByRole('button', { name: 'Verify' }).click();
    await expect(verify.getByRole('heading', { name: 'Valid signature' })).toBeVisible();
  },
);

receiverTest('the Callback URL takes a loopback address in sandbox mode only', async ({ configure, openPage, sandbox, receiver }) => {
  await configure({ mode: 'live' });
  const popup = await openPage(POPUP);
  await createWithCallback(popup, '2.00', receiver.url);
  const field = popup.getByLabel('Callback URL');
  await expect(field).toHaveAccessibleDescription(/Sandbox mode only/);
  await expect(field).toBeFocused();
  const posts = (await apiRequests(sandbox)).filter((r) => r.method === 'POST' && r.path.startsWith('/payment-order'));
  expect(posts).toEqual([]);
  await popup.close();

  // Live mode has no Events tab.
  const panel = await openPage(PANEL, WIDE);
  await expect(panel.getByRole('tab', { name: 'Events' })).toHaveCount(0);
  await panel.close();

  await configure();
  const sandboxPopup = await openPage(POPUP);
  await createWithCallback(sandboxPopup, '2.00', receiver.url);
  await expect(sandboxPopup.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  expect((await sandboxOrders(sandbox)).map((o) => o.callback_url)).toEqual([receiver.url]);
});

test('the worker answers no sandbox message in live mode and refuses an id that is not a delivery id', async ({ configure, sendMessage, sandbox }) => {
  await configure({ mode: 'live' });
  const create = await sendMessage('order.create', { order: { amount: '1.00', callback_url: 'http://127.0.0.1:4242/hook' }, attemptId: crypto.randomUUID() });
  // A page that skips the form and asks the worker directly is refused by the SDK's live rules.
  expect(create).toMatchObject({ ok: false, error: { code: 'validation', fields: [{ field: 'callback_url', message: expect.stringMatching(/sandbox mode only/) }] } });
  const deliveries = await sendMessage('sandbox.deliveries', null);
  expect(deliveries).toMatchObject({ ok: false, error: { code: 'sandbox_only' } });
  const resend = await sendMessage('sandbox.resend', { id: '8a1f2d3c-0000-4000-8000-000000000000' });
  expect(resend).toMatchObject({ ok: false, error: { code: 'sandbox_only' } });
  expect((await apiRequests(sandbox)).filter((r) => r.method === 'POST' && r.path.startsWith('/payment-order'))).toEqual([]);

  await configure();
  const hostile = await sendMessage('sandbox.resend', { id: '../reset' });
  expect(hostile).toMatchObject({ ok: false, error: { code: 'validation' } });
  expect(await sandboxOrders(sandbox)).toEqual([]);
});

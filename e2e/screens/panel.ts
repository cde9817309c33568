/**
 * The devtools panel's screens, found by element ids and form structure rather than by
 * words, so the same steps run in every language.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { signatureVector } from '../../test-vectors/signatures';
import { expect, PANEL } from '../fixtures';
import { admin } from '../popup-helpers';
import { PANEL_SIZE, type Walk } from './walk';

async function verify(page: Page, vectorName: string, tone: 'valid' | 'invalid'): Promise<void> {
  const v = signatureVector(vectorName);
  await page.locator('#verify-body').fill(v.body);
  await page.locator('#verify-signature').fill(v.signature);
  await page.locator('#verify-secret').fill(v.secret);
  await page.locator('form.verify-form button[type="submit"]').click();
  await expect(page.locator('.verdict')).toHaveAttribute('data-tone', tone);
}

/** A merchant's webhook endpoint that answers 200, so the Events tab has deliveries to list. */
async function withReceiver<T>(run: (url: string) => Promise<T>): Promise<T> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/webpos`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** An order with a callback URL, paid: the sandbox delivers payment.completed to the receiver. */
async function paidOrderWithCallback(walk: Walk, callbackUrl: string): Promise<void> {
  const created = await walk.sendMessage('order.create', {
    order: { amount: '8.40', callback_url: callbackUrl },
    attemptId: crypto.randomUUID(),
  });
  if (!created.ok) throw new Error(`order.create: ${JSON.stringify(created.error)}`);
  await admin(walk.sandbox, `/orders/${created.data.order.uuid}/step`, { to: 'paid' });
  await expect.poll(async () => (await admin<{ deliveries: unknown[] }>(walk.sandbox, '/deliveries')).deliveries.length).toBeGreaterThan(0);
}

/** Verify & sign with a genuine and a forged signature (and the history), Generate, Events. */
export async function panelScreens(walk: Walk): Promise<void> {
  const page = await walk.openPage(PANEL, PANEL_SIZE);
  await expect(page.locator('#verify-body')).toBeVisible();
  await walk.shot(page, 'panel-empty');

  await verify(page, 'compact completed', 'valid');
  await walk.shot(page, 'panel-verify-genuine');
  await verify(page, 'signature made with a different secret', 'invalid');
  await expect(page.locator('#history-title')).toBeVisible();
  await walk.shot(page, 'panel-verify-forged');

  await page.locator('#gen-secret').fill('demo-secret');
  await page.locator('form.generate-form button[type="submit"]').click();
  await expect(page.getByTestId('signature')).toBeVisible();
  await walk.shot(page, 'panel-generate-signed');

  await withReceiver(async (url) => {
    await paidOrderWithCallback(walk, url);
    await page.locator('#tab-events').click();
    const open = page.locator('#panel-events table.deliveries button').first();
    await expect(open).toBeVisible();
    await walk.shot(page, 'panel-events');
    await open.click();
    await expect(page.locator('#delivery-title')).toBeVisible();
    await walk.shot(page, 'panel-event-detail');
  });
  await page.close();
}

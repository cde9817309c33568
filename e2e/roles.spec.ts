import { createHash, createHmac } from 'node:crypto';
import { expect, OPTIONS, PANEL, test } from './fixtures';

const PIN = '482916';

test('a cashier-mode page cannot save settings, switch mode, sign with the saved secret or cancel another till\'s order', async ({
  configure,
  sendMessage,
  sandbox,
  openPage,
}) => {
  await configure({ mode: 'live' });
  const options = await openPage(OPTIONS, { width: 900, height: 1300 });
  await options.getByLabel('Manager PIN', { exact: true }).fill(PIN);
  await options.getByLabel('Confirm manager PIN').fill(PIN);
  await options.getByRole('button', { name: 'Set PIN' }).click();
  await expect(options.getByText('Manager PIN set.')).toBeVisible();
  await options.getByRole('button', { name: 'End manager session' }).click();
  await expect(options.getByText('Cashier mode: the settings are read-only.')).toBeVisible();
  await expect(options.getByLabel('Client ID')).toBeDisabled();

  // Messages sent straight to the worker from a page fare no better than the hidden controls.
  const form = { mode: 'sandbox' as const, clientId: sandbox.clientId, secret: sandbox.secret, baseUrl: sandbox.url, timeoutSeconds: 5, pollIntervalSeconds: 30, notifications: true };
  expect(await sendMessage('settings.save', form)).toMatchObject({ ok: false, error: { code: 'manager_only' } });
  expect(await sendMessage('settings.save', { ...form, mode: 'live' })).toMatchObject({ ok: false, error: { code: 'manager_only' } });
  expect(await sendMessage('settings.get', null)).toMatchObject({ ok: true, data: { mode: 'live' } });
  expect(await sendMessage('webhook.sign', { body: '{"event":"payment.completed"}' })).toMatchObject({ ok: false, error: { code: 'manager_only' } });
  expect(await sendMessage('role.removePin', null)).toMatchObject({ ok: false, error: { code: 'manager_only' } });
  expect(await sendMessage('role.setPin', { pin: '0000' })).toMatchObject({ ok: false, error: { code: 'manager_only' } });
  expect(await sendMessage('order.cancel', { uuid: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'manager_only' } });
  const pasted = await sendMessage('webhook.sign', { body: '{"event":"payment.completed"}', secret: 'a-pasted-secret' });
  expect(pasted).toMatchObject({ ok: true, data: { secretSource: 'pasted' } });

  // A pasted guess is checked alone: the verdict never tells whether the saved secret would match.
  const body = '{"event":"payment.completed"}';
  const signedWithSaved = createHmac('sha512', createHash('sha256').update(sandbox.secret).digest()).update(body).digest('base64');
  const guess = await sendMessage('webhook.verify', { body, signature: signedWithSaved, secret: 'a-wrong-guess' });
  expect(guess).toMatchObject({ ok: true, data: { signatureValid: false } });
  expect(JSON.stringify(guess)).not.toMatch(/stored/i);

  // The panel says why it cannot use the saved secret.
  const panel = await openPage(PANEL, { width: 900, height: 1200 });
  await panel.getByRole('button', { name: 'Sign payload' }).click();
  await expect(panel.getByText(/needs the manager/)).toBeVisible();
  await expect(panel.getByTestId('signature')).toHaveCount(0);

  // A wrong PIN is refused; the right one gives the manager back.
  await options.getByLabel('Manager PIN', { exact: true }).fill('000000');
  await options.getByRole('button', { name: 'Enter' }).click();
  await expect(options.locator('#pin-error')).toContainText('not right');
  await options.getByLabel('Manager PIN', { exact: true }).fill(PIN);
  await options.getByRole('button', { name: 'Enter' }).click();
  await expect(options.getByText(/Manager session until/)).toBeVisible();
  await expect(options.getByLabel('Client ID')).toBeEnabled();
  expect(await sendMessage('webhook.sign', { body: '{"event":"payment.completed"}' })).toMatchObject({ ok: true, data: { secretSource: 'stored' } });
  expect(await sendMessage('settings.save', form)).toMatchObject({ ok: true, data: { mode: 'sandbox' } });
});

test('a cashier exports only today\'s orders; the manager exports them all', async ({ configure, sendMessage, sandbox }) => {
  await configure();
  await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seed: 30 }) });
  const refreshed = await sendMessage('orders.refresh', { filter: 'all' });
  if (!refreshed.ok) throw new Error(JSON.stringify(refreshed.error));
  const all = refreshed.data.orders;
  const midnight = new Date();
  midnight.setHours(0, 0, 0, 0);
  const today = all.filter((row) => Date.parse(row.created_at) >= midnight.getTime());
  expect(today.length).toBeGreaterThan(0);
  expect(today.length).toBeLessThan(all.length);

  expect(await sendMessage('orders.export', { filter: 'all' })).toMatchObject({ ok: true, data: { todayOnly: false, orders: all } });
  await sendMessage('role.setPin', { pin: PIN });
  await sendMessage('role.drop', null);
  const cashier = await sendMessage('orders.export', { filter: 'all' });
  expect(cashier).toMatchObject({ ok: true, data: { todayOnly: true } });
  expect(cashier.ok && cashier.data.orders.map((r) => r.uuid)).toEqual(today.map((r) => r.uuid));
});

import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { expect, OPTIONS, test } from './fixtures';
import { copiedBy } from './popup-helpers';

async function fillForm(page: Page, values: { clientId: string; secret: string; baseUrl: string }) {
  await page.getByLabel('Sandbox (test)').check();
  await page.getByLabel('Client ID').fill(values.clientId);
  await page.getByLabel('Secret').fill(values.secret);
  await page.getByLabel('API base URL').fill(values.baseUrl);
  await page.getByLabel('Request timeout (seconds)').fill('5');
  await page.getByLabel('Refresh interval (seconds)').fill('30');
}

async function tokenPosts(url: string): Promise<number> {
  const res = await fetch(`${url}/__sandbox/requests`);
  const { requests } = (await res.json()) as { requests: { method: string; path: string }[] };
  return requests.filter((r) => r.method === 'POST' && r.path === '/token').length;
}

test('configure through the options page, save, and test the connection', async ({ openPage, sandbox, sendMessage }) => {
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  await expect(page.getByRole('heading', { name: 'WebPOS Counter settings' })).toBeVisible();
  await fillForm(page, { clientId: sandbox.clientId, secret: sandbox.secret, baseUrl: sandbox.url });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');

  const stored = await sendMessage('settings.get', null);
  expect(stored).toMatchObject({
    ok: true,
    data: { mode: 'sandbox', clientId: sandbox.clientId, baseUrl: sandbox.url, hasSecret: true, configured: true, timeoutSeconds: 5 },
  });
  // The secret field is blank again and says which secret is stored, without showing it.
  await expect(page.getByLabel('Secret')).toHaveValue('');
  const fingerprint = createHash('sha256').update(`${sandbox.clientId}:${sandbox.secret}`).digest('hex').slice(0, 8);
  await expect(page.getByText(`fingerprint ${fingerprint}`)).toBeVisible();
  await expect(page.getByText('ends in')).toHaveCount(0);

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('Connected');
  await expect(page.getByRole('status')).toContainText(`Sandbox at ${new URL(sandbox.url).host}`);

  await page.reload();
  await expect(page.getByLabel('Client ID')).toHaveValue(sandbox.clientId);
  expect(await page.content()).not.toContain(sandbox.secret);
});

test('a wrong secret is reported in words (error 1001 only in Copy details) and nothing is saved by testing', async ({ openPage, sandbox, sendMessage }) => {
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  await fillForm(page, { clientId: sandbox.clientId, secret: 'not-the-secret', baseUrl: sandbox.url });
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('WebPOS refused the client ID or the secret. Check them in the settings.');
  await expect(page.getByRole('status')).not.toContainText('1001');
  const copied = await copiedBy(page, page.getByRole('button', { name: 'Copy details' }));
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(copied).toContain('Code: 1001');
  // The English of Copy details is the English catalogue's sentence, the one the page shows in English.
  expect(copied).toMatch(/^Error: WebPOS refused the client ID or the secret\. Check them in the settings\.$/m);
  expect(copied).toMatch(/Request id: [0-9a-f-]{36}/);
  expect(copied).not.toContain('not-the-secret');
  const stored = await sendMessage('settings.get', null);
  expect(stored).toMatchObject({ ok: true, data: { configured: false } });
});

test('an unreachable host is named in the status', async ({ openPage, sandbox }) => {
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  await fillForm(page, { clientId: sandbox.clientId, secret: sandbox.secret, baseUrl: 'http://127.0.0.1:9' });
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('WebPOS at 127.0.0.1:9 cannot be reached');
});

test('invalid fields are marked beside each field and nothing is saved', async ({ openPage, sendMessage }) => {
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  await page.getByLabel('Client ID').fill('');
  await page.getByLabel('API base URL').fill('ftp://example.com');
  await page.getByLabel('Request timeout (seconds)').fill('0');
  await page.getByLabel('Refresh interval (seconds)').fill('2');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toContainText('Please correct the marked fields.');
  for (const [label, id] of [
    ['Client ID', 'clientId'],
    ['Secret', 'secret'],
    ['API base URL', 'baseUrl'],
    ['Request timeout (seconds)', 'timeoutSeconds'],
    ['Refresh interval (seconds)', 'pollIntervalSeconds'],
  ] as const) {
    const input = page.getByLabel(label);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${id}-error`)).toBeVisible();
  }
  await expect(page.locator('#baseUrl-error')).toContainText('http');
  const stored = await sendMessage('settings.get', null);
  expect(stored).toMatchObject({ ok: true, data: { configured: false, clientId: '' } });
});

test('the secret never reaches a page: DOM, settings reply, nor a reload', async ({ openPage, sandbox, configure, context }) => {
  await configure();
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  await expect(page.getByLabel('Client ID')).toHaveValue(sandbox.clientId);
  const replies: unknown[] = [];
  page.on('console', () => undefined);
  replies.push(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings.get', payload: null })));
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('Connected');
  for (const p of context.pages()) expect(await p.content()).not.toContain(sandbox.secret);
  expect(JSON.stringify(replies)).not.toContain(sandbox.secret);
  expect(await tokenPosts(sandbox.url)).toBe(1);
});

test('the stored secret never follows a new API address or mode, even for Test connection', async ({ openPage, sandbox, configure, sendMessage }) => {
  await configure();
  const other = await startSandbox({ port: 0, quiet: true, clientId: sandbox.clientId, secret: sandbox.secret });
  try {
    const page = await openPage(OPTIONS, { width: 900, height: 1000 });
    await expect(page.getByLabel('Client ID')).toHaveValue(sandbox.clientId);
    await page.getByLabel('API base URL').fill(other.url);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.locator('#secret-error')).toContainText(`only ever sent to ${new URL(sandbox.url).origin}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#secret-error')).toContainText('Enter the secret again');

    // A page sending the worker the message directly fares no better.
    const direct = await sendMessage('settings.test', {
      mode: 'sandbox', clientId: sandbox.clientId, secret: '', baseUrl: other.url, timeoutSeconds: 5, pollIntervalSeconds: 30, notifications: true,
    });
    expect(direct).toMatchObject({ ok: false, error: { code: 'invalid_settings' } });
    const live = await sendMessage('settings.save', {
      mode: 'live', clientId: sandbox.clientId, secret: '', baseUrl: sandbox.url, timeoutSeconds: 5, pollIntervalSeconds: 30, notifications: true,
    });
    expect(live).toMatchObject({ ok: false, error: { code: 'invalid_settings' } });
    expect(await tokenPosts(other.url)).toBe(0);

    // With the secret typed again, the new address is used and the secret is bound to it.
    await page.getByLabel('Secret').fill(sandbox.secret);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText('Settings saved.');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByRole('status')).toContainText(`Sandbox at ${new URL(other.url).host}`);
    expect(await tokenPosts(other.url)).toBe(1);
  } finally {
    await other.close();
  }
});

test('live mode refuses a plain http:// address on another host', async ({ openPage, sandbox, sendMessage }) => {
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  await page.getByLabel('Live').check();
  await page.getByLabel('Client ID').fill(sandbox.clientId);
  await page.getByLabel('Secret').fill(sandbox.secret);
  await page.getByLabel('API base URL').fill('http://10.1.2.3:8080');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#baseUrl-error')).toContainText('Live mode needs an https:// URL');
  expect(await sendMessage('settings.get', null)).toMatchObject({ ok: true, data: { configured: false } });
});

test('the options page has no accessibility violations, in light and dark, with errors shown', async ({ openPage }) => {
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Please correct');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

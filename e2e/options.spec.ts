import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, OPTIONS, test } from './fixtures';

async function fillForm(page: Page, values: { clientId: string; secret: string; baseUrl: string }) {
  await page.getByLabel('Sandbox').check();
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
  await expect(page.getByText(`ends in …${sandbox.secret.slice(-4)}`)).toBeVisible();

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('Connected');
  await expect(page.getByRole('status')).toContainText(`Sandbox at ${new URL(sandbox.url).host}`);

  await page.reload();
  await expect(page.getByLabel('Client ID')).toHaveValue(sandbox.clientId);
  expect(await page.content()).not.toContain(sandbox.secret);
});

test('a wrong secret is reported as error 1001 and nothing is saved by testing', async ({ openPage, sandbox, sendMessage }) => {
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  await fillForm(page, { clientId: sandbox.clientId, secret: 'not-the-secret', baseUrl: sandbox.url });
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('1001');
  await expect(page.getByRole('status')).toContainText('client ID or secret was refused');
  const stored = await sendMessage('settings.get', null);
  expect(stored).toMatchObject({ ok: true, data: { configured: false } });
});

test('an unreachable host is named in the status', async ({ openPage, sandbox }) => {
  const page = await openPage(OPTIONS, { width: 900, height: 1000 });
  await fillForm(page, { clientId: sandbox.clientId, secret: sandbox.secret, baseUrl: 'http://127.0.0.1:9' });
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('Could not reach WebPOS at 127.0.0.1:9');
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

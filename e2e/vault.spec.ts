import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../sandbox/server';
import { expect, OPTIONS, POPUP, test } from './fixtures';
import { launchOnProfile as launch, openExtensionPage as open, profileFilesContaining } from './profile-helpers';

const PASSPHRASE = 'counter-passphrase-1';

test('with a passphrase set at first save, the closed profile holds neither the secret nor the token', async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'webpos-vault-sandbox-'));
  const dataFile = join(dataDir, 'sandbox.json');
  const sandbox = await startSandbox({ port: 0, quiet: true, dataFile, secret: 'vault-e2e-secret-7f3a9c' });
  const profile = mkdtempSync(join(tmpdir(), 'webpos-vault-profile-'));
  try {
    const { context, extensionId } = await launch(profile);
    const options = await open(context, extensionId, OPTIONS);
    await options.getByLabel('Client ID').fill(sandbox.clientId);
    await options.getByLabel('Secret', { exact: true }).fill(sandbox.secret);
    await options.getByLabel('API base URL').fill(sandbox.url);
    await options.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await options.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('status')).toHaveText('Settings saved.');
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect(options.getByRole('status')).toContainText('Connected');

    // Use the API so that a token is issued and cached.
    const popup = await open(context, extensionId, POPUP);
    await popup.getByLabel('Amount').fill('3.50');
    await popup.keyboard.press('Enter');
    await expect(popup.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
    await context.close();
    await sandbox.close();

    const tokens = (JSON.parse(readFileSync(dataFile, 'utf8')) as { tokens: [string, unknown][] }).tokens.map(([token]) => token);
    expect(tokens.length).toBeGreaterThan(0);
    expect(profileFilesContaining(profile, sandbox.secret)).toEqual([]);
    for (const token of tokens) expect(profileFilesContaining(profile, token)).toEqual([]);
    // The scan can find what is there: the client id is stored in the clear.
    expect(profileFilesContaining(profile, sandbox.clientId).length).toBeGreaterThan(0);
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('lock, a wrong passphrase, unlock, change and remove the passphrase', async ({ openPage, configure, sendMessage, sandbox }) => {
  await configure();
  const options = await openPage(OPTIONS, { width: 900, height: 1100 });
  await expect(options.getByLabel('Client ID')).toHaveValue(sandbox.clientId);
  await options.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await options.getByLabel('Confirm passphrase').fill('something-else');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.locator('#passphraseConfirm-error')).toContainText('The two passphrases differ');
  expect(await sendMessage('settings.get', null)).toMatchObject({ ok: true, data: { vault: 'off' } });
  await options.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Settings saved.');
  await expect(options.getByText('Unlocked for this browser session')).toBeVisible();

  // The popup locks; locked, it keeps the orders but reaches nothing.
  const popup = await openPage(POPUP, { width: 400, height: 600 });
  await popup.getByRole('button', { name: 'Lock' }).click();
  await expect(popup.getByRole('heading', { name: 'Locked' })).toBeVisible();
  await expect(popup.getByLabel('Amount')).toHaveCount(0);
  const created = await sendMessage('order.create', { order: { amount: '1.00', currency: 'EUR' } as never, attemptId: 'locked-attempt' });
  expect(created).toMatchObject({ ok: false, error: { code: 'locked' } });

  await popup.getByLabel('Passphrase').fill('not the passphrase');
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByRole('alert')).toContainText('That passphrase is not right');
  await popup.getByLabel('Passphrase').fill(PASSPHRASE);
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByLabel('Amount')).toBeVisible();

  // Change needs the current passphrase; afterwards only the new one unlocks.
  await options.reload();
  await options.getByText('Change or remove the passphrase').click();
  await options.getByLabel('Current passphrase').fill(PASSPHRASE);
  await options.getByLabel('New passphrase', { exact: true }).fill('a-new-passphrase');
  await options.getByLabel('Confirm new passphrase').fill('a-new-passphrase');
  await options.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(options.getByText('Passphrase changed.')).toBeVisible();
  expect(await sendMessage('vault.lock', null)).toMatchObject({ ok: true, data: { vault: 'locked' } });
  expect(await sendMessage('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
  expect(await sendMessage('vault.unlock', { passphrase: 'a-new-passphrase' })).toMatchObject({ ok: true, data: { vault: 'unlocked' } });

  await options.reload();
  await options.getByText('Change or remove the passphrase').click();
  await options.getByLabel('Current passphrase').fill('a-new-passphrase');
  await options.getByRole('button', { name: 'Remove passphrase' }).click();
  await expect(options.getByText('Passphrase removed')).toBeVisible();
  expect(await sendMessage('settings.get', null)).toMatchObject({ ok: true, data: { vault: 'off', configured: true } });
});

test('a second API address never receives the secret, locked or not', async ({ configure, sendMessage, sandbox }) => {
  await configure({ passphrase: PASSPHRASE });
  const other = await startSandbox({ port: 0, quiet: true, clientId: sandbox.clientId, secret: sandbox.secret });
  try {
    const form = { mode: 'sandbox' as const, clientId: sandbox.clientId, secret: '', baseUrl: other.url, timeoutSeconds: 5, pollIntervalSeconds: 30, notifications: true };
    expect(await sendMessage('settings.test', form)).toMatchObject({ ok: false });
    await sendMessage('vault.lock', null);
    expect(await sendMessage('settings.test', form)).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await sendMessage('settings.save', form)).toMatchObject({ ok: false, error: { code: 'locked' } });
    const requests = (await (await fetch(`${other.url}/__sandbox/requests`)).json()) as { requests: unknown[] };
    expect(requests.requests).toEqual([]);
  } finally {
    await other.close();
  }
});

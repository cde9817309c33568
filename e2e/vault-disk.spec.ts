/**
 * The plaintext secret and the access tokens never reach the disk, on any path of the
 * vault: each test drives one path on a real profile folder, closes the browser, and
 * greps every file of the profile (UTF-8 and UTF-16LE) for the secrets, the passphrase and
 * every token the sandboxes issued.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sandboxSettings } from '../scripts/sandbox-settings';
import { startSandbox, type Sandbox } from '../sandbox/server';
import type { SettingsSave } from '../src/messaging/protocol';
import { expect, OPTIONS, POPUP, test } from './fixtures';
import { launchOnProfile, messenger, openExtensionPage, profileHits } from './profile-helpers';

const PASSPHRASE = 'disk-test-passphrase-4b1e';

type Send = ReturnType<typeof messenger>;

interface Till {
  send: Send;
  /** Opens the options page on this profile. */
  options: () => Promise<Page>;
}

const distinct = (what: string) => `${what}-${randomBytes(9).toString('hex')}`;

/** A sandbox with a secret of its own, so that a hit names the path that leaked it. */
const sandboxWithSecret = (what: string, port = 0) => startSandbox({ port, quiet: true, secret: distinct(`secret-${what}`) });

async function saved(send: Send, settings: SettingsSave): Promise<void> {
  const result = await send('settings.save', settings);
  if (!result.ok) throw new Error(`settings.save failed: ${JSON.stringify(result.error)}`);
}

/** Uses the API (a token is issued and cached) and makes an order; its uuid (kept in the orders cache) shows the scan finds what IndexedDB holds. */
async function useTheApi(send: Send): Promise<string> {
  const created = await send('order.create', { order: { amount: '2.40', reference: 'Disk test', details: 'Vault path' }, attemptId: distinct('attempt') });
  if (!created.ok) throw new Error(`order.create failed: ${JSON.stringify(created.error)}`);
  expect(await send('orders.refresh', { filter: 'all' })).toMatchObject({ ok: true });
  return created.data.order.uuid;
}

/**
 * Runs `path` on a fresh profile, closes the browser, and checks the profile folder: no
 * needle anywhere, while what is stored in the clear (the client id in storage.local, an
 * order's uuid in IndexedDB) is found, so the scan is known to see both databases.
 */
async function expectNothingOnDisk(path: (till: Till) => Promise<{ needles: () => string[]; visible: string[] }>): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'webpos-disk-profile-'));
  try {
    const { context, extensionId } = await launchOnProfile(profile);
    const page = await openExtensionPage(context, extensionId, POPUP);
    const { needles, visible } = await path({ send: messenger(page), options: () => openExtensionPage(context, extensionId, OPTIONS) });
    await context.close();
    const secrets = needles();
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    expect(profileHits(profile, secrets)).toEqual({});
    for (const shown of visible) {
      const hits = profileHits(profile, [shown])[shown] ?? [];
      expect(hits.some((file) => file.includes('Local Extension Settings') || file.includes('IndexedDB'))).toBe(true);
    }
    expect(Object.keys(profileHits(profile, visible))).toEqual(visible);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

test.describe('no plaintext secret or token in the closed profile', () => {
  test.setTimeout(120_000);
  let sandboxes: Sandbox[] = [];
  const started = async (what: string, port?: number) => {
    const sandbox = await sandboxWithSecret(what, port);
    sandboxes.push(sandbox);
    return sandbox;
  };
  test.afterEach(async () => {
    await Promise.all(sandboxes.map((s) => s.close()));
    sandboxes = [];
  });
  const tokensOf = (...list: Sandbox[]) => list.flatMap((s) => s.issuedTokens());

  test('first save without a passphrase', async () => {
    const sandbox = await started('first');
    await expectNothingOnDisk(async ({ send }) => {
      await saved(send, sandboxSettings(sandbox));
      expect(await send('settings.get', null)).toMatchObject({ ok: true, data: { vault: 'off', configured: true } });
      const uuid = await useTheApi(send);
      return { needles: () => [sandbox.secret, ...tokensOf(sandbox)], visible: [sandbox.clientId, uuid] };
    });
  });

  test('save, then add a passphrase on the options page', async () => {
    const sandbox = await started('add-passphrase');
    await expectNothingOnDisk(async ({ send, options }) => {
      await saved(send, sandboxSettings(sandbox));
      const uuid = await useTheApi(send);
      const page = await options();
      await expect(page.getByLabel('Client ID')).toHaveValue(sandbox.clientId);
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('status')).toHaveText('Settings saved.');
      expect(await send('settings.get', null)).toMatchObject({ ok: true, data: { vault: 'unlocked' } });
      await useTheApi(send);
      return { needles: () => [sandbox.secret, PASSPHRASE, ...tokensOf(sandbox)], visible: [sandbox.clientId, uuid] };
    });
  });

  test('change the secret (same account and address)', async () => {
    const before = await started('old');
    const port = Number(new URL(before.url).port);
    await expectNothingOnDisk(async ({ send }) => {
      await saved(send, sandboxSettings(before));
      const uuid = await useTheApi(send);
      const oldTokens = tokensOf(before);
      await before.close();
      // The same address now answers to a new secret only: the old token and secret are refused.
      const after = await started('new', port);
      await saved(send, sandboxSettings(after));
      await useTheApi(send);
      return { needles: () => [before.secret, after.secret, ...oldTokens, ...tokensOf(after)], visible: [after.clientId, uuid] };
    });
  });

  test('set at first save, then remove the passphrase', async () => {
    const sandbox = await started('remove-passphrase');
    await expectNothingOnDisk(async ({ send }) => {
      await saved(send, sandboxSettings(sandbox, { passphrase: PASSPHRASE }));
      const uuid = await useTheApi(send);
      expect(await send('vault.remove', { current: PASSPHRASE })).toMatchObject({ ok: true, data: { vault: 'off', configured: true } });
      await useTheApi(send);
      return { needles: () => [sandbox.secret, PASSPHRASE, ...tokensOf(sandbox)], visible: [sandbox.clientId, uuid] };
    });
  });

  test('rebind to another API address with its own secret', async () => {
    const first = await started('first-host');
    const second = await startSandbox({ port: 0, quiet: true, clientId: first.clientId, secret: distinct('secret-second-host') });
    sandboxes.push(second);
    expect(new URL(second.url).origin).not.toBe(new URL(first.url).origin);
    await expectNothingOnDisk(async ({ send }) => {
      await saved(send, sandboxSettings(first));
      const uuid = await useTheApi(send);
      // A blank secret is refused for the new address; the manager types the second host's.
      expect(await send('settings.save', sandboxSettings(second, { secret: '' }))).toMatchObject({ ok: false, error: { code: 'invalid_settings' } });
      await saved(send, sandboxSettings(second));
      await useTheApi(send);
      return { needles: () => [first.secret, second.secret, ...tokensOf(first, second)], visible: [second.clientId, uuid] };
    });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../platform/errors';
import { createSecurity } from './security';
import { applyForm, DEFAULT_SETTINGS } from '../settings/settings';
import { SettingsStore } from '../settings/settings-store';
import { storageForTest } from '../platform/storage.test-util';

const T0 = Date.parse('2026-12-01T09:00:00Z');
const FORM = { mode: 'sandbox' as const, clientId: 'm-1', secret: 'plaintext-api-secret', baseUrl: 'http://127.0.0.1:8787', timeoutSeconds: 10, pollIntervalSeconds: 30, notifications: true };
const RIGHT = 'correct horse';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** A locked vault wired as the worker wires it (security.ts). */
async function lockedVault() {
  const storage = storageForTest();
  const security = createSecurity(storage.items);
  const settings = new SettingsStore(storage.items.settings, security.keyring);
  const { vault } = security.handlerDeps({ settings, mode: async () => 'sandbox', rememberSecret: () => undefined, onLockChanged: async () => undefined });
  await settings.save(applyForm(FORM, DEFAULT_SETTINGS), { passphrase: RIGHT });
  await vault['vault.lock'](null);
  const unlock = (passphrase: string) =>
    vault['vault.unlock']({ passphrase }).then(
      (s) => s.vault,
      (e: unknown) => (e instanceof AppError ? e.code : String(e)),
    );
  return { vault, unlock };
}

describe('wrong passphrases', () => {
  it('are counted: after three even the right one waits, then works once the wait is over', async () => {
    const { unlock } = await lockedVault();
    for (const wrong of ['a wrong one', 'another one', 'a third one']) expect(await unlock(wrong)).toBe('wrong_passphrase');
    expect(await unlock(RIGHT)).toBe('unlock_throttled');
    vi.setSystemTime(T0 + 2000);
    expect(await unlock(RIGHT)).toBe('unlocked');
  });

  it('are forgotten after the right one: two more wrong ones later do not make anyone wait', async () => {
    const { vault, unlock } = await lockedVault();
    expect(await unlock('a wrong one')).toBe('wrong_passphrase');
    expect(await unlock('another one')).toBe('wrong_passphrase');
    expect(await unlock(RIGHT)).toBe('unlocked');
    await vault['vault.lock'](null);
    expect(await unlock('a third one')).toBe('wrong_passphrase');
    expect(await unlock('a fourth one')).toBe('wrong_passphrase');
    expect(await unlock(RIGHT)).toBe('unlocked');
  });

  it('count the same when changing or removing the passphrase', async () => {
    const { vault, unlock } = await lockedVault();
    const change = (current: string) => vault['vault.change']({ current, next: 'a new long passphrase' }).catch((e: unknown) => (e as AppError).code);
    const remove = (current: string) => vault['vault.remove']({ current }).catch((e: unknown) => (e as AppError).code);
    expect(await change('a wrong one')).toBe('wrong_passphrase');
    expect(await remove('another one')).toBe('wrong_passphrase');
    expect(await change('a third one')).toBe('wrong_passphrase');
    expect(await remove(RIGHT)).toBe('unlock_throttled');
    expect(await unlock(RIGHT)).toBe('unlock_throttled');
  });
});

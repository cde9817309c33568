import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors';
import { applyForm, DEFAULT_SETTINGS, toPublic } from '../settings/settings';
import { SettingsStore } from '../settings/settings-store';
import { storageForTest } from '../platform/storage.test-util';
import { createVaultHandlers } from './handlers';
import { Keyring } from './keyring';
import { newPassphrase } from './new-passphrase';
import { UnlockThrottle, type ThrottleState } from './unlock-throttle';

const SECRET = 'plaintext-api-secret';
const FORM = { mode: 'sandbox' as const, clientId: 'm-1', secret: SECRET, baseUrl: 'http://127.0.0.1:8787', timeoutSeconds: 10, pollIntervalSeconds: 30, notifications: true };

function setup() {
  const storage = storageForTest();
  let throttleState: ThrottleState | undefined;
  const keyring = new Keyring(storage.items.vaultKey);
  const settings = new SettingsStore(storage.items.settings, keyring);
  let lockChanges = 0;
  const vault = createVaultHandlers({
    settings,
    keyring,
    throttle: new UnlockThrottle({ load: async () => throttleState, save: async (s) => void (throttleState = s ?? undefined) }),
    onLockChanged: async () => void (lockChanges += 1),
    rememberSecret: () => undefined,
  });
  const restart = () => {
    const items = storage.restart();
    return new SettingsStore(items.settings, new Keyring(items.vaultKey));
  };
  return { storage, settings, vault, keyring, restart, lockChanges: () => lockChanges, throttleState: () => throttleState };
}

async function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(() => 'resolved', (e: unknown) => (e instanceof AppError ? e.code : String(e)));
}

describe('the vault', () => {
  it('never writes the plaintext secret when the passphrase comes with the first save', async () => {
    const { storage, settings } = setup();
    const passphrase = newPassphrase({ ...FORM, passphrase: 'correct horse' }, DEFAULT_SETTINGS);
    await settings.save(applyForm(FORM, DEFAULT_SETTINGS), { passphrase: passphrase as string });
    expect(storage.writes.some((w) => w.startsWith('local ') && w.includes('vault'))).toBe(true);
    expect(storage.writes.join('\n')).not.toContain(SECRET);
    expect(await storage.raw('local', 'settings')).toMatchObject({ secret: '' });
    expect((await settings.load()).secret).toBe(SECRET);
    expect((await toPublic(await settings.load())).vault).toBe('unlocked');
  });

  it('stays unlocked across a worker restart (session storage), locks on demand, and unlocks with the right passphrase only', async () => {
    const { settings, vault, restart } = setup();
    await settings.save(applyForm(FORM, DEFAULT_SETTINGS), { passphrase: 'correct horse' });
    expect((await restart().load()).secret).toBe(SECRET);

    expect((await vault['vault.lock'](null)).vault).toBe('locked');
    expect((await restart().load()).secret).toBe('');
    expect(await code(vault['vault.unlock']({ passphrase: 'wrong horse' }))).toBe('wrong_passphrase');
    expect(await code(vault['vault.unlock']({ passphrase: '' }))).toBe('validation');
    expect((await vault['vault.unlock']({ passphrase: 'correct horse' })).vault).toBe('unlocked');
    expect((await restart().load()).secret).toBe(SECRET);
  });

  it('rate-limits wrong passphrases, even the right one while waiting', async () => {
    const { settings, vault } = setup();
    await settings.save(applyForm(FORM, DEFAULT_SETTINGS), { passphrase: 'correct horse' });
    await vault['vault.lock'](null);
    for (let i = 0; i < 3; i++) expect(await code(vault['vault.unlock']({ passphrase: `wrong ${i}` }))).toBe('wrong_passphrase');
    expect(await code(vault['vault.unlock']({ passphrase: 'correct horse' }))).toBe('unlock_throttled');
  });

  it('checks at most three of 30 passphrases sent at once, refusing the right one among them while the wait lasts', async () => {
    const { settings, vault, throttleState } = setup();
    await settings.save(applyForm(FORM, DEFAULT_SETTINGS), { passphrase: 'correct horse' });
    await vault['vault.lock'](null);
    const guesses = [...Array.from({ length: 29 }, (_, i) => `wrong horse ${i}`), 'correct horse'];
    const codes = await Promise.all(guesses.map((passphrase) => code(vault['vault.unlock']({ passphrase }))));
    expect(codes.filter((c) => c === 'wrong_passphrase')).toHaveLength(3);
    expect(codes.filter((c) => c === 'unlock_throttled')).toHaveLength(27);
    expect(codes[29]).toBe('unlock_throttled');
    expect(throttleState()).toMatchObject({ failures: 3 });
    expect((await settings.load()).secret).toBe('');
  });

  it('forgets the wrong passphrases after the right one', async () => {
    const { settings, vault, throttleState } = setup();
    await settings.save(applyForm(FORM, DEFAULT_SETTINGS), { passphrase: 'correct horse' });
    await vault['vault.lock'](null);
    for (let i = 0; i < 2; i++) expect(await code(vault['vault.unlock']({ passphrase: `wrong ${i}` }))).toBe('wrong_passphrase');
    expect(throttleState()).toMatchObject({ failures: 2 });
    expect(await code(vault['vault.unlock']({ passphrase: 'correct horse' }))).toBe('resolved');
    expect(throttleState()).toBeUndefined();
    await vault['vault.lock'](null);
    // Three free tries again, not one.
    for (let i = 0; i < 3; i++) expect(await code(vault['vault.unlock']({ passphrase: `wrong again ${i}` }))).toBe('wrong_passphrase');
  });

  it('changes the passphrase only with the current one, re-sealing under a new salt', async () => {
    const { settings, vault, storage } = setup();
    await settings.save(applyForm(FORM, DEFAULT_SETTINGS), { passphrase: 'correct horse' });
    const before = JSON.stringify(await storage.raw('local', 'settings'));
    expect(await code(vault['vault.change']({ current: 'not it at all', next: 'battery staple' }))).toBe('wrong_passphrase');
    expect(await code(vault['vault.change']({ current: 'correct horse', next: 'short' }))).toBe('validation');
    await vault['vault.change']({ current: 'correct horse', next: 'battery staple' });
    expect(JSON.stringify(await storage.raw('local', 'settings'))).not.toBe(before);
    expect(storage.writes.join('\n')).not.toContain(SECRET);
    await vault['vault.lock'](null);
    expect(await code(vault['vault.unlock']({ passphrase: 'correct horse' }))).toBe('wrong_passphrase');
    await vault['vault.unlock']({ passphrase: 'battery staple' });
    expect((await settings.load()).secret).toBe(SECRET);
  });

  it('removes the passphrase only with the current one, keeping the secret sealed under the device key', async () => {
    const { settings, vault, storage, restart } = setup();
    await settings.save(applyForm(FORM, DEFAULT_SETTINGS), { passphrase: 'correct horse' });
    expect(await code(vault['vault.remove']({ current: 'nope nope' }))).toBe('wrong_passphrase');
    const after = await vault['vault.remove']({ current: 'correct horse' });
    expect(after.vault).toBe('off');
    expect(await storage.raw('local', 'settings')).toMatchObject({ secret: '', vault: null });
    expect(storage.writes.join('\n')).not.toContain(SECRET);
    expect((await restart().load()).secret).toBe(SECRET);
  });

  it('refuses a second passphrase through a save, and a weak first one', () => {
    expect(() => newPassphrase({ ...FORM, passphrase: 'short' }, DEFAULT_SETTINGS)).toThrow(AppError);
    expect(newPassphrase({ ...FORM, passphrase: '' }, DEFAULT_SETTINGS)).toBeUndefined();
    expect(newPassphrase(FORM, DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('renews the seal with the session key when the secret changes while unlocked, and refuses while locked', async () => {
    const { settings, keyring, storage } = setup();
    await settings.save(applyForm(FORM, DEFAULT_SETTINGS), { passphrase: 'correct horse' });
    const stored = await settings.load();
    await settings.save(applyForm({ ...FORM, secret: 'a-new-secret' }, stored));
    expect(storage.writes.join('\n')).not.toContain('a-new-secret');
    expect((await settings.load()).secret).toBe('a-new-secret');
    await keyring.clear();
    settings.invalidate();
    expect(await code(settings.save(applyForm({ ...FORM, secret: 'third-secret' }, await settings.load())))).toBe('locked');
  });
});

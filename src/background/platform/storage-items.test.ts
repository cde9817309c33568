import { describe, expect, it } from 'vitest';
import { RoleStore } from '../roles/role-store';
import { throttleIn } from '../vault/security';
import { secretBinding } from '../settings/secret-binding';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { SettingsStore } from '../settings/settings-store';
import { storageForTest } from './storage.test-util';
import { Keyring } from '../vault/keyring';
import { newKey, seal } from '../vault/sealed-secret';

/** Settings as every release before the storage items wrote them: no version, no `settings$`. */
const V1_SETTINGS = { mode: 'live', clientId: 'merchant-7', secret: 's3cret-v1', baseUrl: 'https://proxy.example.com/webpos', timeoutSeconds: 12, pollIntervalSeconds: 45, notifications: false };

/** What the writes since `from` put into storage (the change events also carry the old values). */
function writtenSince(writes: string[], from: number): string {
  return writes
    .slice(from)
    .map((w) => Object.values(JSON.parse(w.slice(w.indexOf(' ') + 1)) as Record<string, { newValue?: unknown }>).map((c) => JSON.stringify(c.newValue ?? null)).join('\n'))
    .join('\n');
}

describe('the worker storage items', () => {
  it('migrate settings stored before versions to v3, keeping the account, binding the secret to it and sealing it', async () => {
    const storage = storageForTest();
    await storage.put('local', { settings: V1_SETTINGS });
    const writesBefore = storage.writes.length;
    const items = storage.restart();
    const loaded = await new SettingsStore(items.settings).load();
    // Settings added since (sound, customer language, and any later one) take their defaults.
    const added = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).filter(([name]) => !(name in V1_SETTINGS) && name !== 'secretFor' && name !== 'vault'));
    expect(added).toMatchObject({ sound: DEFAULT_SETTINGS.sound, customerLanguage: DEFAULT_SETTINGS.customerLanguage });
    expect(loaded).toEqual({ ...V1_SETTINGS, ...added, secretFor: secretBinding({ mode: 'live', baseUrl: 'https://proxy.example.com/webpos' }), vault: null });
    expect(await storage.raw('local', 'settings')).toEqual({ ...loaded, secret: '' });
    expect(await storage.raw('local', 'settings$')).toEqual({ v: 3 });
    expect(await storage.raw('local', 'secretSeal')).toMatchObject({ v: 1 });
    // The migration wrote the seal and the settings, and the plaintext in neither.
    expect(storage.writes.length).toBeGreaterThan(writesBefore);
    expect(writtenSince(storage.writes, writesBefore)).toContain('"secret":""');
    expect(writtenSince(storage.writes, writesBefore)).not.toContain(V1_SETTINGS.secret);
  });

  it('seal a v2 plaintext secret, writing it nowhere, and open it again after a restart', async () => {
    const storage = storageForTest();
    const v2 = { ...DEFAULT_SETTINGS, clientId: 'm', secret: 'v2-plaintext-secret', secretFor: 'sandbox|http://127.0.0.1:8787', baseUrl: 'http://127.0.0.1:8787' };
    await storage.put('local', { settings: v2, settings$: { v: 2 } });
    const writesBefore = storage.writes.length;
    expect(await new SettingsStore(storage.restart().settings).load()).toEqual(v2);
    expect(await storage.raw('local', 'settings')).toEqual({ ...v2, secret: '' });
    expect(writtenSince(storage.writes, writesBefore)).toContain('"secret":""');
    expect(writtenSince(storage.writes, writesBefore)).not.toContain('v2-plaintext-secret');
    expect((await new SettingsStore(storage.restart().settings).load()).secret).toBe('v2-plaintext-secret');
  });

  it('keep a v1 sealed secret openable after the migration, and drop a stale plaintext copy beside it', async () => {
    const storage = storageForTest();
    const key = await newKey('correct horse');
    const context = { clientId: 'merchant-7', secretFor: secretBinding({ mode: 'sandbox', baseUrl: '' }) };
    const vault = await seal(key, 'sealed-secret-v1', context);
    await storage.put('local', { settings: { ...V1_SETTINGS, mode: 'sandbox', baseUrl: '', secret: 'stale-plaintext', secretFor: context.secretFor, vault } });
    const items = storage.restart();
    const keyring = new Keyring(items.vaultKey);
    await keyring.set(key);
    expect(await new SettingsStore(items.settings, keyring).load()).toMatchObject({ clientId: 'merchant-7', secret: 'sealed-secret-v1', vault });
    expect(JSON.stringify(await storage.raw('local', 'settings'))).not.toContain('stale-plaintext');
  });

  it('leave settings already at v3 as they are', async () => {
    const storage = storageForTest();
    const v3 = { ...DEFAULT_SETTINGS, clientId: 'm', secretFor: 'sandbox|http://127.0.0.1:8787' };
    await storage.put('local', { settings: v3, settings$: { v: 3 } });
    expect(await storage.restart().settings.getValue()).toEqual(v3);
    expect(storage.writes.filter((w) => w.startsWith('local '))).toHaveLength(1); // Only the put above.
  });

  it('read the PIN, the throttles and the manager session where releases before them wrote them', async () => {
    const storage = storageForTest();
    const pin = { v: 1, salt: 'c2FsdHNhbHRzYWx0c2FsdA==', iterations: 600_000, hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=' };
    const now = Date.now();
    await storage.put('local', { managerPin: pin, vaultThrottle: { failures: 5, lastFailureAt: now }, pinThrottle: { failures: 1, lastFailureAt: now } });
    await storage.put('session', { managerUntil: now + 60_000 });
    const items = storage.restart();
    expect(await new RoleStore(items).state()).toEqual({ pinSet: true, role: 'manager', managerUntil: now + 60_000 });
    expect(await throttleIn(items.vaultThrottle).waitMs()).toBeGreaterThan(0);
    expect(await throttleIn(items.pinThrottle).waitMs()).toBe(0);
    await throttleIn(items.vaultThrottle).succeeded();
    expect(await storage.raw('local', 'vaultThrottle')).toBeUndefined();
  });

  it('fall back to defaults on an empty profile', async () => {
    const items = storageForTest().items;
    expect(await items.settings.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(await items.health.getValue()).toEqual({ state: 'unknown', since: null, message: null });
    expect(await items.managerPin.getValue()).toBeNull();
  });
});

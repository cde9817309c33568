import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SettingsForm } from '../../messaging/protocol';
import { accountKey as sharedAccountKey } from '../../shared/account';
import { AppError } from '../platform/errors';
import { secretBinding } from './secret-binding';
import { accountKey, applyForm, DEFAULT_SETTINGS, NO_SECRET, normalizeStored, secretUsable, toPublic, validateSettingsForm, type SecretOnFile, type StoredSettings } from './settings';
import { SettingsStore } from './settings-store';
import { storageForTest } from '../platform/storage.test-util';

const good: SettingsForm = {
  mode: 'sandbox',
  clientId: 'merchant-1',
  secret: 'a-long-secret-value',
  baseUrl: '',
  timeoutSeconds: 10,
  pollIntervalSeconds: 30,
  notifications: true,
};

const SANDBOX_SECRET: SecretOnFile = { secret: 'stored', secretFor: 'sandbox|https://api.sandbox.webpos.chainside.net' };
const fieldsOf = (form: unknown, stored: SecretOnFile = NO_SECRET) => validateSettingsForm(form, stored).map((i) => i.field);

describe('settings validation', () => {
  it('accepts a complete form', () => {
    expect(validateSettingsForm(good, NO_SECRET)).toEqual([]);
    expect(validateSettingsForm({ ...good, baseUrl: 'http://127.0.0.1:8787', mode: 'live' }, NO_SECRET)).toEqual([]);
    expect(validateSettingsForm({ ...good, baseUrl: 'https://proxy.example.com/webpos/' }, NO_SECRET)).toEqual([]);
  });

  it('names every invalid field, as SettingsForm names it', () => {
    expect(
      fieldsOf({ mode: 'prod', clientId: ' ', secret: '', baseUrl: 'ftp://x', timeoutSeconds: 0, pollIntervalSeconds: 4, notifications: 'yes' }),
    ).toEqual(['mode', 'clientId', 'secret', 'baseUrl', 'timeoutSeconds', 'pollIntervalSeconds', 'notifications']);
    expect(fieldsOf(null)).toContain('clientId');
  });

  it('keeps the sound and customer language when a save leaves them out, and refuses unknown values', () => {
    const stored = applyForm({ ...good, sound: false, customerLanguage: 'it' }, { ...DEFAULT_SETTINGS });
    expect(stored).toMatchObject({ sound: false, customerLanguage: 'it' });
    expect(applyForm(good, stored)).toMatchObject({ sound: false, customerLanguage: 'it' });
    expect(fieldsOf({ ...good, sound: 'loud', customerLanguage: 'fr' })).toEqual(['sound', 'customerLanguage']);
    expect(normalizeStored({ sound: 'x', customerLanguage: 'de' })).toMatchObject({ sound: true, customerLanguage: 'auto' });
  });

  it('checks the client id length and colon', () => {
    expect(fieldsOf({ ...good, clientId: 'x'.repeat(200) })).toEqual([]);
    expect(fieldsOf({ ...good, clientId: 'x'.repeat(201) })).toEqual(['clientId']);
    expect(fieldsOf({ ...good, clientId: 'a:b' })).toEqual(['clientId']);
  });

  it('requires a secret when none is stored for this mode and origin', () => {
    expect(fieldsOf({ ...good, secret: '' })).toEqual(['secret']);
    expect(fieldsOf({ ...good, secret: '' }, SANDBOX_SECRET)).toEqual([]);
    expect(fieldsOf({ ...good, secret: '', baseUrl: 'https://api.sandbox.webpos.chainside.net/v1/' }, SANDBOX_SECRET)).toEqual([]);
    // Another origin (host, port or scheme) or another mode never receives the stored secret.
    for (const baseUrl of ['https://evil.example.com', 'http://127.0.0.1:9999', 'https://api.sandbox.webpos.chainside.net:444']) {
      const issues = validateSettingsForm({ ...good, secret: '', baseUrl }, SANDBOX_SECRET);
      expect(issues.map((i) => i.field)).toEqual(['secret']);
      expect(issues[0]?.message).toContain('only ever sent to https://api.sandbox.webpos.chainside.net in Sandbox mode');
    }
    expect(fieldsOf({ ...good, secret: '', mode: 'live' }, SANDBOX_SECRET)).toEqual(['secret']);
    expect(fieldsOf({ ...good, baseUrl: 'http://127.0.0.1:9999' }, SANDBOX_SECRET)).toEqual([]);
  });

  it('needs https in live mode, except on loopback', () => {
    expect(fieldsOf({ ...good, mode: 'live', baseUrl: 'http://proxy.example.com' })).toEqual(['baseUrl']);
    expect(validateSettingsForm({ ...good, mode: 'live', baseUrl: 'http://10.0.0.5:8080' }, NO_SECRET)[0]?.message).toContain('Live mode needs an https:// URL');
    expect(fieldsOf({ ...good, mode: 'live', baseUrl: 'https://proxy.example.com' })).toEqual([]);
    for (const loopback of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://127.0.0.2', 'http://[::1]:8787']) {
      expect(fieldsOf({ ...good, mode: 'live', baseUrl: loopback })).toEqual([]);
    }
    expect(fieldsOf({ ...good, mode: 'sandbox', baseUrl: 'http://proxy.example.com' })).toEqual([]);
  });

  it('allows a blank or http(s) base URL only, without credentials, query or fragment', () => {
    for (const bad of ['not a url', 'ftp://example.com', 'javascript:alert(1)', 'https://u:p@example.com', 'https://example.com/?a=1', 'https://example.com/#x']) {
      expect(fieldsOf({ ...good, baseUrl: bad })).toEqual(['baseUrl']);
    }
    expect(fieldsOf({ ...good, baseUrl: '   ' })).toEqual([]);
  });

  it('keeps timeout within 1–120 s and the refresh interval within 5–3600 s', () => {
    expect(fieldsOf({ ...good, timeoutSeconds: 1, pollIntervalSeconds: 5 })).toEqual([]);
    expect(fieldsOf({ ...good, timeoutSeconds: 120, pollIntervalSeconds: 3600 })).toEqual([]);
    expect(fieldsOf({ ...good, timeoutSeconds: 121, pollIntervalSeconds: 3601 })).toEqual(['timeoutSeconds', 'pollIntervalSeconds']);
    expect(fieldsOf({ ...good, timeoutSeconds: Number.NaN, pollIntervalSeconds: null })).toEqual(['timeoutSeconds', 'pollIntervalSeconds']);
  });
});

describe('applying a form', () => {
  const stored: StoredSettings = { ...DEFAULT_SETTINGS, clientId: 'merchant-1', secret: 'stored-secret-1234', secretFor: 'sandbox|https://api.sandbox.webpos.chainside.net' };

  it('refuses an invalid form with invalid_settings and the fields', () => {
    try {
      applyForm({ ...good, timeoutSeconds: 0 }, stored);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('invalid_settings');
      expect((error as AppError).fields?.map((f) => f.field)).toEqual(['timeoutSeconds']);
    }
  });

  it('keeps the stored secret when the field is blank and the origin is the same, and normalizes the base URL', () => {
    const next = applyForm({ ...good, secret: '', clientId: ' merchant-1 ', baseUrl: 'https://api.sandbox.webpos.chainside.net/' }, stored);
    expect(next).toMatchObject({ secret: 'stored-secret-1234', clientId: 'merchant-1', baseUrl: 'https://api.sandbox.webpos.chainside.net' });
    expect(applyForm(good, stored).secret).toBe('a-long-secret-value');
  });

  it('binds a new secret to the mode and origin it is saved with', () => {
    const next = applyForm({ ...good, baseUrl: 'http://127.0.0.1:8787/' }, stored);
    expect(next.secretFor).toBe('sandbox|http://127.0.0.1:8787');
    expect(secretUsable(next)).toBe(true);
    expect(secretUsable({ ...next, baseUrl: 'http://127.0.0.1:8788' })).toBe(false);
    expect(secretUsable({ ...next, mode: 'live' })).toBe(false);
    expect(() => applyForm({ ...good, secret: '', baseUrl: 'http://127.0.0.1:9000' }, next)).toThrow(AppError);
  });

  it('tells pages only whether a secret is set and its fingerprint, never a character of it', async () => {
    const pub = await toPublic(stored);
    expect(pub).toMatchObject({ hasSecret: true, configured: true, effectiveBaseUrl: 'https://api.sandbox.webpos.chainside.net' });
    const expected = createHash('sha256').update('merchant-1:stored-secret-1234').digest('hex').slice(0, 8);
    expect(pub.secretFingerprint).toBe(expected);
    expect(JSON.stringify(pub)).not.toContain('stored-secret');
    expect(JSON.stringify(pub)).not.toContain('1234');
    expect((await toPublic({ ...stored, secret: 'stored-secret-1235' })).secretFingerprint).not.toBe(expected);
    expect(await toPublic(DEFAULT_SETTINGS)).toMatchObject({ hasSecret: false, configured: false, secretFingerprint: null });
  });

  it('changes account when mode, host or client id change, not with the secret', () => {
    const base = accountKey(stored);
    expect(accountKey({ ...stored, secret: 'other-secret' })).toBe(base);
    expect(accountKey({ ...stored, mode: 'live' })).not.toBe(base);
    expect(accountKey({ ...stored, clientId: 'merchant-2' })).not.toBe(base);
    expect(accountKey({ ...stored, baseUrl: 'http://127.0.0.1:8787' })).not.toBe(base);
  });

  it('names the account as the popup does from the public settings', async () => {
    for (const s of [stored, { ...stored, mode: 'live' as const }, { ...stored, baseUrl: 'http://127.0.0.1:8787' }]) {
      expect(accountKey(s)).toBe(sharedAccountKey(await toPublic(s)));
    }
  });

  it('reads damaged storage field by field, falling back to defaults', () => {
    expect(normalizeStored({ mode: 'x', clientId: 5, secret: 's', timeoutSeconds: 'ten', secretFor: 'sandbox|x' })).toEqual({ ...DEFAULT_SETTINGS, secret: 's', secretFor: 'sandbox|x' });
    expect(normalizeStored(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('binds a secret saved before bindings existed to the mode and URL it was saved with', () => {
    const old = normalizeStored({ mode: 'live', clientId: 'm', secret: 's', baseUrl: 'https://proxy.example.com/webpos' });
    expect(old.secretFor).toBe(secretBinding({ mode: 'live', baseUrl: 'https://proxy.example.com' }));
    expect(secretUsable(old)).toBe(true);
  });

  it('stores under one key and caches reads', async () => {
    const { items, raw } = storageForTest();
    let reads = 0;
    const store = new SettingsStore({ getValue: () => ((reads += 1), items.settings.getValue()), setValue: (value) => items.settings.setValue(value) });
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    await store.save(stored);
    expect(await store.load()).toEqual(stored);
    // The secret is kept sealed beside the settings, never in them.
    expect(await raw('local', 'settings')).toEqual({ ...stored, secret: '' });
    expect(JSON.stringify(await raw('local', 'secretSeal'))).not.toContain(stored.secret);
    expect(await raw('local', 'settings$')).toEqual({ v: 3 }); // The item's version, beside it.
    expect(reads).toBe(1);
  });
});

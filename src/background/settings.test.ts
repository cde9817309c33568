import { describe, expect, it } from 'vitest';
import type { SettingsForm } from '../messaging/protocol';
import { accountKey as sharedAccountKey } from '../shared/account';
import { AppError } from './errors';
import { accountKey, applyForm, DEFAULT_SETTINGS, normalizeStored, SettingsStore, toPublic, validateSettingsForm, type StoredSettings } from './settings';

const good: SettingsForm = {
  mode: 'sandbox',
  clientId: 'merchant-1',
  secret: 'a-long-secret-value',
  baseUrl: '',
  timeoutSeconds: 10,
  pollIntervalSeconds: 30,
  notifications: true,
};

const fieldsOf = (form: unknown, hasStoredSecret = false) => validateSettingsForm(form, hasStoredSecret).map((i) => i.field);

describe('settings validation', () => {
  it('accepts a complete form', () => {
    expect(validateSettingsForm(good, false)).toEqual([]);
    expect(validateSettingsForm({ ...good, baseUrl: 'http://127.0.0.1:8787', mode: 'live' }, false)).toEqual([]);
    expect(validateSettingsForm({ ...good, baseUrl: 'https://proxy.example.com/webpos/' }, false)).toEqual([]);
  });

  it('names every invalid field, as SettingsForm names it', () => {
    expect(
      fieldsOf({ mode: 'prod', clientId: ' ', secret: '', baseUrl: 'ftp://x', timeoutSeconds: 0, pollIntervalSeconds: 4, notifications: 'yes' }),
    ).toEqual(['mode', 'clientId', 'secret', 'baseUrl', 'timeoutSeconds', 'pollIntervalSeconds', 'notifications']);
    expect(fieldsOf(null)).toContain('clientId');
  });

  it('checks the client id length and colon', () => {
    expect(fieldsOf({ ...good, clientId: 'x'.repeat(200) })).toEqual([]);
    expect(fieldsOf({ ...good, clientId: 'x'.repeat(201) })).toEqual(['clientId']);
    expect(fieldsOf({ ...good, clientId: 'a:b' })).toEqual(['clientId']);
  });

  it('requires a secret only when none is stored', () => {
    expect(fieldsOf({ ...good, secret: '' }, false)).toEqual(['secret']);
    expect(fieldsOf({ ...good, secret: '' }, true)).toEqual([]);
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
  const stored: StoredSettings = { ...DEFAULT_SETTINGS, clientId: 'merchant-1', secret: 'stored-secret-1234' };

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

  it('keeps the stored secret when the field is blank and normalizes the base URL', () => {
    const next = applyForm({ ...good, secret: '', clientId: ' merchant-1 ', baseUrl: 'http://127.0.0.1:8787/' }, stored);
    expect(next).toMatchObject({ secret: 'stored-secret-1234', clientId: 'merchant-1', baseUrl: 'http://127.0.0.1:8787' });
    expect(applyForm(good, stored).secret).toBe('a-long-secret-value');
  });

  it('tells pages only whether a secret is set and its last four characters', () => {
    const pub = toPublic(stored);
    expect(pub).toMatchObject({ hasSecret: true, secretLast4: '1234', configured: true, effectiveBaseUrl: 'https://api.sandbox.webpos.chainside.net' });
    expect(JSON.stringify(pub)).not.toContain('stored-secret');
    expect(toPublic({ ...stored, secret: 'short' }).secretLast4).toBeNull();
    expect(toPublic(DEFAULT_SETTINGS)).toMatchObject({ hasSecret: false, configured: false });
  });

  it('changes account when mode, host or client id change, not with the secret', () => {
    const base = accountKey(stored);
    expect(accountKey({ ...stored, secret: 'other-secret' })).toBe(base);
    expect(accountKey({ ...stored, mode: 'live' })).not.toBe(base);
    expect(accountKey({ ...stored, clientId: 'merchant-2' })).not.toBe(base);
    expect(accountKey({ ...stored, baseUrl: 'http://127.0.0.1:8787' })).not.toBe(base);
  });

  it('names the account as the popup does from the public settings', () => {
    for (const s of [stored, { ...stored, mode: 'live' as const }, { ...stored, baseUrl: 'http://127.0.0.1:8787' }]) {
      expect(accountKey(s)).toBe(sharedAccountKey(toPublic(s)));
    }
  });

  it('reads damaged storage field by field, falling back to defaults', () => {
    expect(normalizeStored({ mode: 'x', clientId: 5, secret: 's', timeoutSeconds: 'ten' })).toEqual({ ...DEFAULT_SETTINGS, secret: 's' });
    expect(normalizeStored(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('stores under one key and caches reads', async () => {
    const data: Record<string, unknown> = {};
    let reads = 0;
    const store = new SettingsStore({
      get: async (key) => ((reads += 1), { [key]: data[key] }),
      set: async (items) => void Object.assign(data, items),
    });
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    await store.save(stored);
    expect(await store.load()).toEqual(stored);
    expect(Object.keys(data)).toEqual(['settings']);
    expect(reads).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { checkSettingsForm, FORM_DEFAULTS, formToSettings, formValuesOf, normalizeSettings, publicValues, SETTINGS_DEFAULTS, settingsFromForm, type SettingsCheckContext, type SettingsValues } from './settings-schema';

const NO_SAVED_SECRET: SettingsCheckContext = { hasSavedSecret: false, savedSecretRefused: () => null };

const filled: SettingsValues = {
  ...SETTINGS_DEFAULTS,
  mode: 'live',
  clientId: 'merchant-9',
  secret: 'the-secret',
  baseUrl: 'https://proxy.example.com/webpos',
  timeoutSeconds: 25,
  pollIntervalSeconds: 300,
  notifications: false,
  sound: false,
  customerLanguage: 'it',
};

describe('the settings schema', () => {
  it('reads settings as releases before the schema stored them, value for value', () => {
    expect(normalizeSettings({ ...filled, secretFor: 'live|https://proxy.example.com', vault: null })).toEqual(filled);
  });

  it('falls back field by field, and reads anything that is not an object as the defaults', () => {
    expect(normalizeSettings({ ...filled, mode: 'prod', timeoutSeconds: Number.POSITIVE_INFINITY, sound: 'yes', customerLanguage: 'fr' })).toEqual({
      ...filled,
      mode: SETTINGS_DEFAULTS.mode,
      timeoutSeconds: SETTINGS_DEFAULTS.timeoutSeconds,
      sound: SETTINGS_DEFAULTS.sound,
      customerLanguage: SETTINGS_DEFAULTS.customerLanguage,
    });
    for (const raw of [undefined, null, 'settings', 42, [filled]]) expect(normalizeSettings(raw)).toEqual(SETTINGS_DEFAULTS);
  });

  it('has defaults that pass its own checks once the account is filled in', () => {
    expect(checkSettingsForm({ ...SETTINGS_DEFAULTS, clientId: 'm', secret: 's' }, NO_SAVED_SECRET)).toEqual([]);
  });

  it('gives every issue a catalogue key for the words', () => {
    const issues = checkSettingsForm({ mode: 'prod', clientId: '', secret: 5, baseUrl: 7, timeoutSeconds: 0, pollIntervalSeconds: '30', notifications: 1, sound: 'on', customerLanguage: 'de' }, NO_SAVED_SECRET);
    expect(issues.map((i) => i.field)).toEqual(['mode', 'clientId', 'secret', 'baseUrl', 'timeoutSeconds', 'pollIntervalSeconds', 'notifications', 'sound', 'customerLanguage']);
    for (const issue of issues) {
      expect(issue.text.key).toMatch(/^settings_/);
    }
    expect(issues.find((i) => i.field === 'timeoutSeconds')?.text).toEqual({ key: 'settings_seconds_range', params: [1, 120] });
  });

  it('lets the worker decide whether a blank secret keeps the saved one', () => {
    const refused = { text: { key: 'settings_secret_bound_live' as const, params: ['https://x'] } };
    const form = { ...filled, secret: '' };
    expect(checkSettingsForm(form, NO_SAVED_SECRET).map((i) => i.text.key)).toEqual(['settings_enter_secret']);
    expect(checkSettingsForm(form, { hasSavedSecret: true, savedSecretRefused: () => null })).toEqual([]);
    expect(checkSettingsForm(form, { hasSavedSecret: true, savedSecretRefused: () => refused })).toEqual([{ field: 'secret', ...refused }]);
  });

  it('refuses a secret of only whitespace, even with one saved (the SDK would refuse it later)', () => {
    for (const secret of ['   ', '\t', ' \u00a0 ']) {
      expect(checkSettingsForm({ ...filled, secret }, { hasSavedSecret: true, savedSecretRefused: () => null }).map((i) => i.text.key)).toEqual(['settings_secret_blank']);
    }
  });

  it('stores a valid form cleaned, keeping the saved secret for a blank one and saved choices a form leaves out', () => {
    const saved = { ...SETTINGS_DEFAULTS, secret: 'saved-secret', sound: false, customerLanguage: 'en' as const };
    const next = settingsFromForm({ ...filled, clientId: ' merchant-9 ', secret: '', baseUrl: ' https://proxy.example.com/webpos/ ', sound: undefined, customerLanguage: undefined }, saved);
    expect(next).toEqual({ ...filled, secret: 'saved-secret', sound: false, customerLanguage: 'en' });
  });

  it('never shows the secret to pages, and starts the form with it blank', () => {
    expect(publicValues(filled)).not.toHaveProperty('secret');
    const { secret: _secret, ...rest } = filled;
    expect(publicValues(filled)).toEqual(rest);
    expect(formValuesOf({ ...filled, ...{ secret: 'leaked?' } }).secret).toBe('');
  });

  it('holds numbers as typed text in the form and sends them back as numbers (garbage as NaN)', () => {
    expect(FORM_DEFAULTS).toMatchObject({ timeoutSeconds: '10', pollIntervalSeconds: '30', secret: '' });
    const form = formValuesOf(publicValues(filled));
    expect(form).toMatchObject({ timeoutSeconds: '25', pollIntervalSeconds: '300' });
    expect(formToSettings({ ...form, secret: 'the-secret' })).toEqual(filled);
    const sent = formToSettings({ ...form, clientId: '  m  ', secret: ' s ', timeoutSeconds: ' ', pollIntervalSeconds: 'ten' });
    expect(sent).toMatchObject({ clientId: 'm', secret: ' s ' });
    expect(sent.timeoutSeconds).toBeNaN();
    expect(sent.pollIntervalSeconds).toBeNaN();
  });
});

import type { PublicSettings } from '../messaging/protocol';
import { publicValues, SETTINGS_DEFAULTS } from '../shared/settings-schema';

/** What the worker shows pages of a configured sandbox account, for tests; override what the test is about. */
export function publicSettings(overrides: Partial<PublicSettings> = {}): PublicSettings {
  return {
    // Settings a test does not name keep their defaults, so a new setting needs no edit here.
    ...publicValues(SETTINGS_DEFAULTS),
    mode: 'sandbox',
    clientId: 'demo-merchant',
    hasSecret: true,
    secretFingerprint: '5f1c9a02',
    vault: 'off',
    baseUrl: 'http://127.0.0.1:8787',
    effectiveBaseUrl: 'http://127.0.0.1:8787',
    timeoutSeconds: 10,
    pollIntervalSeconds: 30,
    notifications: true,
    sound: true,
    customerLanguage: 'auto',
    configured: true,
    ...overrides,
  };
}

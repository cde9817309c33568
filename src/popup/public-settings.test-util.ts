import type { PublicSettings } from '../messaging/protocol';

/** What the worker shows pages of a configured sandbox account, for tests; override what the test is about. */
export function publicSettings(overrides: Partial<PublicSettings> = {}): PublicSettings {
  return {
    mode: 'sandbox',
    clientId: 'demo-merchant',
    hasSecret: true,
    secretLast4: 'Zq9x',
    baseUrl: 'http://127.0.0.1:8787',
    effectiveBaseUrl: 'http://127.0.0.1:8787',
    timeoutSeconds: 10,
    pollIntervalSeconds: 30,
    notifications: true,
    configured: true,
    ...overrides,
  };
}

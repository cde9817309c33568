import type { Sandbox } from '../sandbox/server';
import type { SettingsSave } from '../src/messaging/protocol';

/** The options-page settings that connect the extension to a local sandbox. */
export function sandboxSettings(sandbox: Pick<Sandbox, 'url' | 'clientId' | 'secret'>, overrides: Partial<SettingsSave> = {}): SettingsSave {
  return {
    mode: 'sandbox',
    clientId: sandbox.clientId,
    secret: sandbox.secret,
    baseUrl: sandbox.url,
    timeoutSeconds: 10,
    pollIntervalSeconds: 30,
    notifications: true,
    ...overrides,
  };
}

import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../messaging/router';
import type { SettingsForm } from '../../messaging/protocol';
import { SETTINGS_DEFAULTS } from '../../shared/settings-schema';
import { guardPolicy } from './handlers';
import { resolvePolicy } from './managed-policy';

const local = { ...SETTINGS_DEFAULTS, clientId: 'local-client', timeoutSeconds: 20 };
const hostileForm: SettingsForm = { mode: 'live', clientId: 'someone-else', secret: 'typed-secret', baseUrl: 'https://evil.example', timeoutSeconds: 99, pollIntervalSeconds: 30, notifications: false };

function guarded(policy: Record<string, unknown>) {
  const received: unknown[] = [];
  const record = async (form: unknown) => (received.push(form), null as never);
  const handlers = { 'settings.save': record, 'settings.test': record } as unknown as Handlers;
  return { handlers: guardPolicy(handlers, { policy: async () => resolvePolicy(policy, local) }), received };
}

describe('the policy guard on saves and tests', () => {
  it('a form cannot change a managed value, whatever it sends; the rest passes through', async () => {
    const { handlers, received } = guarded({ mode: 'sandbox', clientId: 'shop-client', baseUrl: 'http://127.0.0.1:8787' });
    await handlers['settings.save'](hostileForm);
    await handlers['settings.test'](hostileForm);
    for (const form of received) {
      expect(form).toMatchObject({ mode: 'sandbox', clientId: 'shop-client', baseUrl: 'http://127.0.0.1:8787', secret: 'typed-secret', timeoutSeconds: 99, notifications: false });
    }
  });

  it('with lockSettings every setting but the secret keeps its value in force', async () => {
    const { handlers, received } = guarded({ clientId: 'shop-client', lockSettings: true });
    await handlers['settings.save']({ ...hostileForm, passphrase: 'a long passphrase' });
    expect(received[0]).toMatchObject({ mode: 'sandbox', clientId: 'shop-client', baseUrl: '', timeoutSeconds: 20, notifications: true, secret: 'typed-secret', passphrase: 'a long passphrase' });
  });

  it('without a policy the form goes through untouched', async () => {
    const { handlers, received } = guarded({});
    await handlers['settings.save'](hostileForm);
    expect(received[0]).toEqual(hostileForm);
  });
});

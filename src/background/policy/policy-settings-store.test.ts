import { describe, expect, it } from 'vitest';
import { storageForTest } from '../platform/storage.test-util';
import { applyForm, DEFAULT_SETTINGS, secretUsable } from '../settings/settings';
import { PolicySettingsStore } from './policy-settings-store';
import { PolicySource } from './policy-source';

function setup(initial: Record<string, unknown>) {
  let policy: Record<string, unknown> = initial;
  const source = new PolicySource({ get: async () => policy }, () => undefined);
  const { items } = storageForTest();
  const store = new PolicySettingsStore(items.settings).usePolicy(source);
  const setPolicy = (next: Record<string, unknown>) => ((policy = next), store.invalidate());
  return { store, items, setPolicy };
}

const form = { mode: 'sandbox', clientId: 'local-client', secret: 'local-secret', baseUrl: 'http://127.0.0.1:9000', timeoutSeconds: 10, pollIntervalSeconds: 30, notifications: true } as const;

describe('the settings store under a policy', () => {
  it('saving writes the till’s own values, never a managed one; removing the policy brings them back', async () => {
    const { store, items, setPolicy } = setup({});
    await store.save(applyForm(form, await store.load()));
    setPolicy({ clientId: 'shop-client', baseUrl: 'http://127.0.0.1:8787' });
    const inForce = await store.load();
    expect(inForce).toMatchObject({ clientId: 'shop-client', baseUrl: 'http://127.0.0.1:8787' });

    // The manager enters only the secret: the form carries the managed values it shows.
    await store.save(applyForm({ ...form, clientId: 'shop-client', baseUrl: 'http://127.0.0.1:8787', secret: 'shop-secret', notifications: false }, inForce));
    // On disk: the till's own values, and the secret only sealed (never in the clear).
    expect(await items.settings.getValue()).toMatchObject({ clientId: 'local-client', baseUrl: 'http://127.0.0.1:9000', notifications: false, secret: '' });
    const saved = await store.load();
    expect(saved).toMatchObject({ clientId: 'shop-client', baseUrl: 'http://127.0.0.1:8787', notifications: false, secret: 'shop-secret' });
    expect(secretUsable(saved)).toBe(true); // bound to the address it is really sent to

    setPolicy({});
    const local = await store.load();
    expect(local).toMatchObject({ clientId: 'local-client', baseUrl: 'http://127.0.0.1:9000', notifications: false });
    // The secret was entered for the policy's address: it is not sent to another one.
    expect(secretUsable(local)).toBe(false);
  });

  it('a browser that rejects the managed read reads as no policy; only an unexpected failure is logged', async () => {
    for (const [message, logged] of [['Managed storage manifest not found', []], ['disk on fire', ['reading the managed policy']]] as const) {
      const warned: string[] = [];
      const source = new PolicySource({ get: () => Promise.reject(new Error(message)) }, (what) => warned.push(what));
      const store = new PolicySettingsStore(storageForTest().items.settings).usePolicy(source);
      expect(await store.load()).toEqual(DEFAULT_SETTINGS);
      expect((await store.policy()).managed).toEqual([]);
      expect(warned).toEqual(logged);
    }
  });
});

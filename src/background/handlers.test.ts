import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedOrder, SettingsForm } from '../messaging/protocol';
import { MemoryCache, type PaymentOrderCreation } from '../sdk';
import { sendError, sendJson, startFakeServer, type FakeServer } from '../sdk/fake-server.test-util';
import { ClientProvider } from './platform/client-provider';
import { AppError } from './platform/errors';
import { createPolicyHandlers } from './policy/handlers';
import { resolvePolicy } from './policy/managed-policy';
import { createHandlers } from './handlers';
import { HealthTracker } from './platform/health';
import { OrderCache } from './orders/order-cache';
import { OrdersService } from './orders/orders-service';
import { Poller } from './orders/poller';
import { SecretRegistry } from './platform/secrets';
import { secretBinding } from './settings/secret-binding';
import { createSecurity } from './vault/security';
import { accountKey, DEFAULT_SETTINGS, type StoredSettings } from './settings/settings';
import { SettingsStore } from './settings/settings-store';
import { seeded, storageForTest } from './platform/storage.test-util';
import { FakeApi, order } from './platform/test-fakes.test-util';

const STORED_SECRET = 'stored-secret-0123456789';
const form = (extra: Partial<SettingsForm> = {}): SettingsForm => ({
  mode: 'sandbox', clientId: 'merchant-1', secret: '', baseUrl: '', timeoutSeconds: 5, pollIntervalSeconds: 30, notifications: true, ...extra,
});

let n = 0;
let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function setup(stored: Partial<StoredSettings> = {}) {
  const saved = { ...DEFAULT_SETTINGS, clientId: 'merchant-1', secret: STORED_SECRET, ...stored };
  const storage = storageForTest();
  const secrets = new SecretRegistry();
  const security = createSecurity(storage.items);
  const settings = new SettingsStore(seeded(storage.items.settings, { ...saved, secretFor: secretBinding(saved) }), security.keyring, { onLoad: (s) => secrets.remember(s.secret) });
  const fake = new FakeApi();
  const health = new HealthTracker();
  const cache = new OrderCache(`test-handlers-${++n}`);
  const orders = new OrdersService({ cache, api: fake.api, offlineSince: () => health.offlineSince() });
  const alarms = { get: async () => undefined, create: () => undefined, clear: async () => true };
  const poller = new Poller({ orders, alarms, intervalSeconds: async () => 30 });
  const events: string[] = [];
  const created: [PaymentOrderCreation, string][] = [];
  const handlers = createHandlers({
    version: '9.9.9',
    day: { thisTill: async () => null, push: () => undefined, serverOffsetMs: () => 0 },
    cashier: storage.items.cashier,
    settings,
    policy: createPolicyHandlers({ policy: async () => resolvePolicy({}, await settings.load()) }),
    clients: new ClientProvider(settings, new MemoryCache(), async () => true),
    api: fake.api,
    health,
    cache,
    orders,
    creator: {
      create: async (req, attemptId) => {
        created.push([req, attemptId]);
        const made = order(500, 'pending', '2026-11-26T12:00:00Z');
        fake.orders.push(made);
        return { ...(await orders.observe(made, { createdHere: true })), creation: {} as CreatedOrder['creation'] };
      },
      check: () => Promise.reject(new Error('not part of these tests')),
    },
    poller,
    hostAllowed: async () => true,
    clearTokens: async () => void events.push('clear tokens'),
    resetAccount: async (account) => void events.push(`reset ${account}`),
    ready: async () => void events.push('ready'),
    refreshIndicators: async () => void events.push('indicators'),
    rememberSecret: (secret) => secrets.remember(secret),
    ...security.handlerDeps({ settings, mode: async () => (await settings.load()).mode, rememberSecret: (x) => secrets.remember(x), onLockChanged: async () => undefined }),
    now: () => 42,
  });
  return { handlers, storage, secrets, settings, fake, health, orders, poller, events, created };
}

describe('settings handlers', () => {
  it('ping answers with the version and the clock', async () => {
    expect(await setup().handlers.ping(null)).toEqual({ version: '9.9.9', now: 42 });
  });

  it('settings.get never hands the secret to a page', async () => {
    const got = await setup().handlers['settings.get'](null);
    expect(JSON.stringify(got)).not.toContain(STORED_SECRET);
    expect(got).toMatchObject({ clientId: 'merchant-1', hasSecret: true });
  });

  it('a new secret for the same account drops the tokens and the health, and is scrubbed from errors', async () => {
    const { handlers, events, secrets, health } = setup();
    await health.success();
    await handlers['settings.save'](form({ secret: 'new-secret-abcdefghijkl' }));
    expect(events).toEqual(['clear tokens', 'indicators']);
    expect(health.peek().state).toBe('unknown');
    expect(secrets.list()).toContain('new-secret-abcdefghijkl');
  });

  it('another account empties the caches, stops the watch, and keeps the stored secret when none is typed', async () => {
    const { handlers, events, poller, storage } = setup();
    poller.watch('some-order');
    await handlers['settings.save'](form({ clientId: 'merchant-2' }));
    const saved = (await storage.raw('local', 'settings')) as StoredSettings;
    expect(saved).toMatchObject({ clientId: 'merchant-2', secret: '' });
    expect(JSON.stringify(await storage.raw('local', 'secretSeal'))).not.toContain(STORED_SECRET);
    expect((await new SettingsStore(storage.restart().settings).load()).secret).toBe(STORED_SECRET);
    expect(events).toEqual(['clear tokens', `reset ${accountKey(saved)}`, 'indicators']);
    expect(poller.watched).toBeNull();
  });

  it('settings.test remembers a typed secret for scrubbing even when the login fails', async () => {
    server = await startFakeServer((_req, res) => sendError(res, 401, '1001'));
    const { handlers, secrets, health } = setup();
    const typed = 'typed-for-test-0123456789';
    await expect(handlers['settings.test'](form({ secret: typed, baseUrl: server.url }))).rejects.toThrow();
    expect(secrets.list()).toContain(typed);
    expect(secrets.toWireError(new Error(`echo ${typed}`)).message).not.toContain(typed);
    expect(health.peek().state).toBe('unknown'); // A test never changes the saved account's health.
  });

  it('settings.test logs in with a throwaway client and reports where it went', async () => {
    server = await startFakeServer((_req, res) => sendJson(res, 200, { access_token: 'tok', token_type: 'Bearer', expires_in: 3600 }));
    const { handlers, storage } = setup({ baseUrl: server.url });
    const report = await handlers['settings.test'](form({ baseUrl: server.url, timeoutSeconds: 7 }));
    expect(report).toMatchObject({ mode: 'sandbox', host: new URL(server.url).host, tokenExpiresInSeconds: 3600 });
    expect(server.requests[0]?.headers.authorization).toBe(`Basic ${btoa(`merchant-1:${STORED_SECRET}`)}`);
    expect(((await storage.raw('local', 'settings')) as StoredSettings).timeoutSeconds).toBe(10); // Nothing saved.
  });

  it('settings.test never sends the stored secret to another origin', async () => {
    server = await startFakeServer((_req, res) => sendJson(res, 200, { access_token: 'tok', token_type: 'Bearer', expires_in: 3600 }));
    const { handlers } = setup();
    await expect(handlers['settings.test'](form({ baseUrl: server.url }))).rejects.toMatchObject({ code: 'invalid_settings' });
    expect(server.requests).toEqual([]);
  });
});

describe('order handlers', () => {
  it('health.get counts the pending orders created here, a partially paid one included', async () => {
    const { handlers, orders, health } = setup();
    await health.success();
    await orders.observe(order(1, 'partial', '2026-11-26T10:00:00Z'), { createdHere: true });
    await orders.observe(order(2, 'mempool_unconfirmed', '2026-11-26T10:01:00Z'), { createdHere: true });
    await orders.observe(order(3, 'paid', '2026-11-26T10:02:00Z'), { createdHere: true });
    await orders.observe(order(4, 'pending', '2026-11-26T10:03:00Z'));
    expect(await handlers['health.get'](null)).toMatchObject({ state: 'ok', pendingCount: 2 });
  });

  it('refuses an unknown filter or a bad row limit with a clear message', async () => {
    const { handlers } = setup();
    const bad = (p: Promise<unknown>) => expect(p).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'validation');
    await bad(handlers['orders.cached']({ filter: 'nope' as 'all' }));
    await expect(handlers['orders.refresh']({ filter: 'nope' as 'all' })).rejects.toMatchObject({ code: 'validation', details: 'status filter: "nope"' });
    await bad(handlers['orders.more']({ filter: 'nope' as 'all' }));
    await expect(handlers['orders.cached']({ filter: 'all', limit: 0 })).rejects.toMatchObject({ code: 'validation', details: 'row limit: 0' });
    await bad(handlers['orders.cached']({ filter: 'all', limit: 2.5 }));
  });

  it('checks the account before reading any list or order', async () => {
    const { handlers, events, fake } = setup();
    fake.orders.push(order(1, 'paid', '2026-11-26T10:00:00Z'));
    const view = await handlers['orders.refresh']({ filter: 'all' });
    expect(view.orders).toHaveLength(1);
    await handlers['orders.cached']({ filter: 'all', limit: 5 });
    await handlers['orders.more']({ filter: 'all' });
    await handlers['order.get']({ uuid: view.orders[0]!.uuid, refresh: false });
    expect(events).toEqual(['ready', 'ready', 'ready', 'ready']);
  });

  it('order.cancel deletes the order and answers with its fresh state', async () => {
    const { handlers, fake } = setup();
    const o = order(1, 'pending', '2026-11-26T10:00:00Z');
    fake.orders.push(o);
    const after = await handlers['order.cancel']({ uuid: o.uuid });
    expect(fake.calls).toEqual([`delete ${o.uuid}`, `get ${o.uuid}`]);
    expect(after.order.state.status).toBe('cancelled');
  });

  it('order.create passes the attempt id on and counts the new order as pending here', async () => {
    const { handlers, created } = setup();
    const made = await handlers['order.create']({ order: { amount: '5.00' }, attemptId: 'attempt-7' });
    expect(created).toEqual([[{ amount: '5.00' }, 'attempt-7']]);
    expect(made.createdHere).toBe(true);
    expect((await handlers['health.get'](null)).pendingCount).toBe(1);
  });

  it('simulating, resetting and listing callbacks work in Sandbox mode only', async () => {
    const live = setup({ mode: 'live' });
    const o = order(1, 'pending', '2026-11-26T10:00:00Z');
    live.fake.orders.push(o);
    for (const call of [
      live.handlers['order.callbacks']({ uuid: o.uuid }),
      live.handlers['order.simulate']({ uuid: o.uuid, callback: 'payment.completed' }),
      live.handlers['order.reset']({ uuid: o.uuid }),
    ]) {
      await expect(call).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'sandbox_only');
    }
    expect(live.fake.calls).toEqual([]);

    const sandbox = setup();
    sandbox.fake.orders.push(o);
    expect(await sandbox.handlers['order.callbacks']({ uuid: o.uuid })).toEqual({ callbacks: [] });
    expect((await sandbox.handlers['order.reset']({ uuid: o.uuid })).order.uuid).toBe(o.uuid);
    expect((await sandbox.handlers['order.simulate']({ uuid: o.uuid, callback: 'payment.completed' })).order.uuid).toBe(o.uuid);
  });

  it('the webhook check uses the stored secret', async () => {
    const { handlers } = setup();
    const signed = await handlers['webhook.sign']({ body: '{"event":"payment.completed"}' });
    expect(signed.secretSource).toBe('stored');
    const verdict = await handlers['webhook.verify']({ body: '{"event":"payment.completed"}', signature: signed.signature });
    expect(verdict.signatureValid).toBe(true);
    const other = await handlers['webhook.verify']({ body: '{"event":"payment.completed"}', signature: signed.signature, secret: 'another-secret-xyz' });
    expect(other.signatureValid).toBe(false);
  });
});

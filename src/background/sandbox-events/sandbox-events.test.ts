import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { Client } from '../../sdk';
import type { CachedOrder } from '../../messaging/protocol';
import { DEFAULT_SETTINGS, type StoredSettings } from '../settings/settings';
import { createSandboxEventHandlers } from './index';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

interface Received {
  body: string;
  signature: string;
}

async function receiver(): Promise<{ url: string; received: Received[] }> {
  const { createServer } = await import('node:http');
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: String(req.headers['chainside-signature']) });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('received');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${port}/hook`, received };
}

async function sandbox(): Promise<Sandbox> {
  const sb = await startSandbox({ quiet: true });
  cleanups.push(() => sb.close());
  return sb;
}

function settingsFor(sb: Sandbox, overrides: Partial<StoredSettings> = {}): StoredSettings {
  return { ...DEFAULT_SETTINGS, mode: 'sandbox', clientId: sb.clientId, secret: sb.secret, baseUrl: sb.url, ...overrides };
}

function handlersFor(settings: StoredSettings, granted = true) {
  const fetchSpy = vi.fn((input: string, init: RequestInit) => fetch(input, init));
  const client = () => new Client({ mode: 'sandbox', clientId: settings.clientId, secret: settings.secret, baseUrl: settings.baseUrl });
  const refreshOrder = async (uuid: string): Promise<CachedOrder> => ({ order: await client().getPaymentOrder(uuid), fetchedAt: Date.now(), createdHere: true });
  const handlers = createSandboxEventHandlers({ settings: async () => settings, hostAllowed: async () => granted, fetch: fetchSpy, refreshOrder });
  return { handlers, fetchSpy };
}

async function paidOrderWithCallback(sb: Sandbox, callbackUrl: string): Promise<string> {
  const client = new Client({ mode: 'sandbox', clientId: sb.clientId, secret: sb.secret, baseUrl: sb.url });
  const order = await client.createPaymentOrder({ amount: '7.50', callback_url: callbackUrl });
  await client.paymentUpdate(order.uuid, { callback: 'payment.completed' });
  return order.uuid;
}

async function until<T>(check: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 250; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('until: gave up');
}

describe('sandbox.deliveries and sandbox.resend', () => {
  it('lists a simulated payment’s delivery as Valid with body, headers and answer; resend adds an identical attempt', async () => {
    const sb = await sandbox();
    const r = await receiver();
    const uuid = await paidOrderWithCallback(sb, r.url);
    const { handlers } = handlersFor(settingsFor(sb));
    const list = await until(async () => {
      const l = await handlers['sandbox.deliveries'](null);
      return l.deliveries.length === 1 ? l : undefined;
    });
    expect(list.sandboxUrl).toBe(sb.url);
    const [delivery] = list.deliveries;
    expect(delivery).toMatchObject({ event: 'payment.completed', orderUuid: uuid, status: 200, answer: 'received', verdict: 'valid', target: 'order', error: null });
    expect(delivery?.body).toBe(r.received[0]?.body);
    expect(delivery?.headers['chainside-signature']).toBe(r.received[0]?.signature);

    const resent = await handlers['sandbox.resend']({ id: String(delivery?.id) });
    expect(resent).toMatchObject({ resendOf: delivery?.id, status: 200, verdict: 'valid', body: delivery?.body, signature: delivery?.signature });
    expect(r.received.map((x) => x.body)).toEqual([delivery?.body, delivery?.body]);
    const after = await handlers['sandbox.deliveries'](null);
    expect(after.deliveries.map((d) => d.id)).toEqual([resent.id, delivery?.id]);
  });

  it('says Invalid when the saved secret is not the one the sandbox signs with', async () => {
    const sb = await sandbox();
    const r = await receiver();
    await paidOrderWithCallback(sb, r.url);
    const { handlers } = handlersFor(settingsFor(sb, { secret: 'not-the-sandbox-secret' }));
    const list = await until(async () => {
      const l = await handlers['sandbox.deliveries'](null);
      return l.deliveries.length === 1 ? l : undefined;
    });
    expect(list.deliveries[0]).toMatchObject({ verdict: 'invalid', verdictMessage: { key: 'events_verdict_invalid_text' } });
  });

  it('never asks a host in live mode, at an official WebPOS host, or at a host not granted', async () => {
    const sb = await sandbox();
    const cases: [StoredSettings, boolean, RegExp][] = [
      [settingsFor(sb, { mode: 'live' }), true, /Sandbox mode only/],
      [settingsFor(sb, { mode: 'live', baseUrl: '' }), true, /Sandbox mode only/],
      [settingsFor(sb, { baseUrl: '' }), true, /local sandbox/],
      [settingsFor(sb, { baseUrl: 'https://api.webpos.chainside.net' }), true, /local sandbox/],
      [settingsFor(sb, { baseUrl: 'https://sandbox.shop.example' }), false, /may not contact sandbox\.shop\.example/],
    ];
    for (const [settings, granted, message] of cases) {
      const { handlers, fetchSpy } = handlersFor(settings, granted);
      await expect(handlers['sandbox.deliveries'](null)).rejects.toThrow(message);
      await expect(handlers['sandbox.resend']({ id: '8a1f2d3c-0000-4000-8000-000000000000' })).rejects.toThrow(message);
      expect(fetchSpy).not.toHaveBeenCalled();
    }
  });

  it('refuses an id that is not a delivery id before any request, and says so when the sandbox no longer has it', async () => {
    const sb = await sandbox();
    const { handlers, fetchSpy } = handlersFor(settingsFor(sb));
    for (const id of ['../orders', '8a1f2d3c-0000-4000-8000-000000000000/../../reset', '', 42, null]) {
      await expect(handlers['sandbox.resend']({ id } as never)).rejects.toMatchObject({ code: 'validation' });
    }
    await expect(handlers['sandbox.resend'](null as never)).rejects.toMatchObject({ code: 'validation' });
    expect(fetchSpy).not.toHaveBeenCalled();
    await expect(handlers['sandbox.resend']({ id: '8a1f2d3c-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('explains a sandbox that is not running, and a base URL that is not the sandbox', async () => {
    const sb = await sandbox();
    const { handlers: down } = handlersFor(settingsFor(sb, { baseUrl: 'http://127.0.0.1:9' }));
    await expect(down['sandbox.deliveries'](null)).rejects.toMatchObject({ code: 'connection', message: expect.stringMatching(/npm run sandbox/) });
    const other = await receiver();
    const { handlers: wrong } = handlersFor(settingsFor(sb, { baseUrl: new URL(other.url).origin }));
    await expect(wrong['sandbox.deliveries'](null)).rejects.toMatchObject({ code: 'internal', details: expect.stringMatching(/JSON/) });
  });

  it('refuses an endless answer instead of reading it all', async () => {
    const sb = await sandbox();
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const handlers = createSandboxEventHandlers({
      settings: async () => settingsFor(sb),
      hostAllowed: async () => true,
      refreshOrder: async () => Promise.reject(new Error('not used')),
      fetch: async () => new Response(endless, { status: 200 }),
    });
    await expect(handlers['sandbox.deliveries'](null)).rejects.toMatchObject({ code: 'internal', details: expect.stringMatching(/over 4 MB/) });
    expect(pulls).toBeLessThan(100);
  });
});

describe('order.payPart', () => {
  it('makes the customer pay part of the amount at the local sandbox, and answers with the fresh order', async () => {
    const sb = await sandbox();
    const client = new Client({ mode: 'sandbox', clientId: sb.clientId, secret: sb.secret, baseUrl: sb.url });
    const order = await client.createPaymentOrder({ amount: '20.00' });
    const { handlers } = handlersFor(settingsFor(sb));
    const first = await handlers['order.payPart']({ uuid: order.uuid });
    expect(first.order.state.blockchain_status).toBe('partial');
    const paid = first.order.state.paid?.crypto;
    expect(Number(paid)).toBeGreaterThan(0);
    expect(Number(first.order.state.unpaid?.crypto)).toBeGreaterThan(0);
    const second = await handlers['order.payPart']({ uuid: order.uuid });
    expect(Number(second.order.state.paid?.crypto)).toBeGreaterThan(Number(paid));
    expect(second.order.state.blockchain_status).toBe('partial');
  });

  it('says so when the order cannot take a part payment any more, and never asks in live mode', async () => {
    const sb = await sandbox();
    const client = new Client({ mode: 'sandbox', clientId: sb.clientId, secret: sb.secret, baseUrl: sb.url });
    const order = await client.createPaymentOrder({ amount: '5.00' });
    await client.paymentUpdate(order.uuid, { callback: 'payment.completed' });
    const { handlers, fetchSpy } = handlersFor(settingsFor(sb));
    await expect(handlers['order.payPart']({ uuid: order.uuid })).rejects.toMatchObject({ text: { key: 'error_api_0013' } });
    fetchSpy.mockClear();
    const live = handlersFor(settingsFor(sb, { mode: 'live' }));
    await expect(live.handlers['order.payPart']({ uuid: order.uuid })).rejects.toMatchObject({ code: 'sandbox_only' });
    expect(live.fetchSpy).not.toHaveBeenCalled();
  });
});

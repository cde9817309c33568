import { afterEach, describe, expect, it } from 'vitest';
import { verifySignature } from '../src/sdk/index';
import type { Sandbox, SandboxOptions } from './server';
import { admin, api, createOrder, field, login, raw, start, startReceiver, waitFor, type Json } from './test-util';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

async function receiver(statuses: number[] = [], answer = ''): Promise<Receiver> {
  const r = await startReceiver(statuses, answer);
  cleanups.push(() => r.close());
  return r;
}

async function sandbox(options: SandboxOptions = {}): Promise<{ sb: Sandbox; token: string }> {
  const sb = await start(options);
  cleanups.push(() => sb.close());
  return { sb, token: await login(sb) };
}

async function deliveries(sb: Sandbox, query = ''): Promise<Json[]> {
  return field<Json[]>(await admin(sb, 'GET', `/deliveries${query}`), 'deliveries');
}

async function logLength(sb: Sandbox, n: number): Promise<Json[]> {
  return waitFor(async () => {
    const d = await deliveries(sb);
    return d.length === n ? d : undefined;
  });
}

const bytes = (buffer: Buffer) => new Uint8Array(buffer);

describe('delivery log', () => {
  it('holds the exact body, its signature and the first 2 KB of the answer', async () => {
    const answer = `ok ${'é'.repeat(1500)}`; // 3003 bytes of UTF-8: more than 2 KB
    const r = await receiver([], answer);
    const { sb, token } = await sandbox();
    const uuid = String((await createOrder(sb, token, { amount: '4.20', callback_url: r.url })).uuid);
    await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.completed' });
    const [record] = await logLength(sb, 1);
    const sent = r.received[0];
    if (!record || !sent) throw new Error('no delivery');
    expect(record.body).toBe(sent.raw.toString('utf8'));
    expect(record.signature).toBe(sent.headers['chainside-signature']);
    expect(await verifySignature(sb.secret, bytes(sent.raw), String(record.signature))).toBe(true);
    expect(record.headers).toEqual({ 'content-type': 'application/json', 'chainside-signature': record.signature });
    expect(record.status).toBe(200);
    expect(record.answerTruncated).toBe(true);
    expect(Buffer.byteLength(String(record.answer), 'utf8')).toBeLessThanOrEqual(2048 + 2);
    expect(String(record.answer).startsWith(answer.slice(0, 1000))).toBe(true);
    expect(answer.startsWith(String(record.answer).replace(/\uFFFD$/, ''))).toBe(true);
  });

  it('answers ?limit=N with the newest N and refuses a bad limit', async () => {
    const r = await receiver();
    const { sb, token } = await sandbox();
    for (const amount of ['1.00', '2.00', '3.00']) {
      const uuid = String((await createOrder(sb, token, { amount, callback_url: r.url })).uuid);
      await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.completed' });
      await logLength(sb, Number(amount));
    }
    const all = await deliveries(sb);
    expect((await deliveries(sb, '?limit=2')).map((d) => d.id)).toEqual(all.slice(1).map((d) => d.id));
    expect((await raw(sb, '/__sandbox/deliveries?limit=0')).status).toBe(400);
    expect((await raw(sb, '/__sandbox/deliveries?limit=abc')).status).toBe(400);
  });
});

describe('POST /__sandbox/deliveries/{id}/resend', () => {
  it('sends the same bytes and signature again and logs a new attempt', async () => {
    const r = await receiver([], 'thanks');
    const { sb, token } = await sandbox();
    const uuid = String((await createOrder(sb, token, { amount: '9.99', callback_url: r.url })).uuid);
    await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.overpaid' });
    const [first] = await logLength(sb, 1);
    const answer = await admin(sb, 'POST', `/deliveries/${String(first?.id)}/resend`);
    const resent = field<Json>(answer, 'delivery');
    expect(resent).toMatchObject({ resendOf: first?.id, status: 200, answer: 'thanks', body: first?.body, signature: first?.signature, event: 'payment.overpaid', orderUuid: uuid });
    expect(resent.id).not.toBe(first?.id);
    expect((await deliveries(sb)).map((d) => d.id)).toEqual([first?.id, resent.id]);

    expect(r.received).toHaveLength(2);
    const [a, b] = r.received;
    if (!a || !b) throw new Error('missing callbacks');
    expect(b.raw.equals(a.raw)).toBe(true);
    expect(b.headers['chainside-signature']).toBe(a.headers['chainside-signature']);
    expect(await verifySignature(sb.secret, bytes(b.raw), String(b.headers['chainside-signature']))).toBe(true);
  });

  it('logs a failing receiver on resend without retrying', async () => {
    const r = await receiver([200, 500], 'nope');
    const { sb, token } = await sandbox({ callbackRetry: { attempts: 3, baseDelayMs: 20 } });
    const uuid = String((await createOrder(sb, token, { amount: '1.00', callback_url: r.url })).uuid);
    await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.completed' });
    const [first] = await logLength(sb, 1);
    const resent = field<Json>(await admin(sb, 'POST', `/deliveries/${String(first?.id)}/resend`), 'delivery');
    expect(resent).toMatchObject({ status: 500, error: 'receiver answered 500', answer: 'nope', retryInMs: null });
    await new Promise((done) => setTimeout(done, 100));
    expect(r.received).toHaveLength(2);
  });

  it('refuses an unknown or malformed id', async () => {
    const { sb } = await sandbox();
    const unknown = await raw(sb, '/__sandbox/deliveries/8a1f2d3c-0000-4000-8000-000000000000/resend', { method: 'POST' });
    expect(unknown.status).toBe(404);
    const malformed = await raw(sb, '/__sandbox/deliveries/..%2Forders/resend', { method: 'POST' });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('delivery id');
  });
});

describe('--forward-to', () => {
  it('delivers every callback to the forward URL too, with the same signed bytes', async () => {
    const own = await receiver();
    const forward = await receiver();
    const { sb, token } = await sandbox({ forwardTo: forward.url });
    const uuid = String((await createOrder(sb, token, { amount: '5.00', callback_url: own.url })).uuid);
    await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.completed' });
    const log = await logLength(sb, 2);
    expect(log.map((d) => [d.target, d.url]).sort()).toEqual([['forward', forward.url], ['order', own.url]]);
    const [a, b] = [own.received[0], forward.received[0]];
    if (!a || !b) throw new Error('missing callbacks');
    expect(b.raw.equals(a.raw)).toBe(true);
    expect(b.headers['chainside-signature']).toBe(a.headers['chainside-signature']);
    expect(await verifySignature(sb.secret, bytes(b.raw), String(b.headers['chainside-signature']))).toBe(true);
    expect(await verifySignature('another-secret', bytes(b.raw), String(b.headers['chainside-signature']))).toBe(false);
  });

  it('forwards callbacks of orders that have no callback_url', async () => {
    const forward = await receiver();
    const { sb, token } = await sandbox({ forwardTo: forward.url });
    const uuid = String((await createOrder(sb, token, { amount: '5.00' })).uuid);
    await api(sb, token, 'DELETE', `/payment-order/${uuid}`);
    const [record] = await logLength(sb, 1);
    expect(record).toMatchObject({ target: 'forward', event: 'payment.cancelled', orderUuid: uuid, status: 200 });
    const sent = forward.received[0];
    if (!sent) throw new Error('nothing forwarded');
    expect(await verifySignature(sb.secret, bytes(sent.raw), String(sent.headers['chainside-signature']))).toBe(true);
  });

  it('refuses a forward URL that is not http(s)', async () => {
    await expect(start({ forwardTo: 'ftp://127.0.0.1/x' })).rejects.toThrow(/--forward-to must be an http/);
  });
});

describe('loopback callback URLs', () => {
  it('are accepted by the sandbox (it is the sandbox); other plain http hosts are not', async () => {
    const { sb, token } = await sandbox();
    for (const url of ['http://127.0.0.1:4242/hook', 'http://localhost:4242/hook', 'http://[::1]:4242/hook']) {
      expect((await api(sb, token, 'POST', '/payment-order', { amount: '1.00', callback_url: url })).status).toBe(201);
    }
    const refused = await api(sb, token, 'POST', '/payment-order', { amount: '1.00', callback_url: 'http://shop.example/hook' });
    expect(refused.status).toBe(400);
  });
});

describe('the SDK Client and loopback callback URLs, against the sandbox', () => {
  it('live mode refuses http://127.0.0.1 before any request; sandbox mode sends it and the callback arrives', async () => {
    const { Client, ValidationError } = await import('../src/sdk/index');
    const r = await receiver();
    const sb = await start();
    cleanups.push(() => sb.close());
    const live = new Client({ mode: 'live', clientId: sb.clientId, secret: sb.secret, baseUrl: sb.url });
    await expect(live.createPaymentOrder({ amount: '1.00', callback_url: r.url })).rejects.toBeInstanceOf(ValidationError);
    expect(field<Json[]>(await admin(sb, 'GET', '/requests'), 'requests')).toEqual([]);

    const sandboxClient = new Client({ mode: 'sandbox', clientId: sb.clientId, secret: sb.secret, baseUrl: sb.url });
    const created = await sandboxClient.createPaymentOrder({ amount: '1.00', callback_url: r.url });
    await sandboxClient.paymentUpdate(created.uuid, { callback: 'payment.completed' });
    const sent = await waitFor(() => r.received[0]);
    expect(await verifySignature(sb.secret, bytes(sent.raw), String(sent.headers['chainside-signature']))).toBe(true);
  });
});

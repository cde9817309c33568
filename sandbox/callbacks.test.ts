import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from './server';
import { admin, api, createOrder, field, login, start, startReceiver, waitFor, type Json } from './test-util';

/** The protocol's formula, written independently of sandbox/signature.ts. */
function independentlyVerify(secret: string, raw: Buffer, signature: string): boolean {
  const key = createHash('sha256').update(Buffer.from(secret, 'utf8')).digest();
  const expected = createHmac('sha512', key).update(raw).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function setup(statuses: number[] = [], secret?: string) {
  const receiver = await startReceiver(statuses);
  const sb: Sandbox = await start(secret ? { secret } : {});
  cleanups.push(() => receiver.close(), () => sb.close());
  const token = await login(sb);
  const order = await createOrder(sb, token, { amount: '10.00', callback_url: receiver.url, continue_url: 'https://shop.example/ok' });
  return { receiver, sb, token, uuid: String(order.uuid) };
}

async function deliveries(sb: Sandbox): Promise<Json[]> {
  return field<Json[]>(await admin(sb, 'GET', '/deliveries'), 'deliveries');
}

describe('callback delivery', () => {
  it('POSTs a signed event body on payment_update', async () => {
    const { receiver, sb, token, uuid } = await setup();
    expect((await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.completed' })).status).toBe(204);
    const cb = await waitFor(() => receiver.received[0]);
    expect(cb.headers['content-type']).toBe('application/json');
    const signature = String(cb.headers['chainside-signature']);
    expect(independentlyVerify(sb.secret, cb.raw, signature)).toBe(true);
    expect(independentlyVerify('another-secret', cb.raw, signature)).toBe(false);

    const body = JSON.parse(cb.raw.toString('utf8')) as Json;
    expect(body).toMatchObject({ event: 'payment.completed', object_type: 'payment_order' });
    expect(Date.parse(String(body.created_at))).not.toBeNaN();
    const object = body.object as Json;
    const retrieval = (await api(sb, token, 'GET', `/payment-order/${uuid}`)).body;
    expect(object).toEqual({ ...retrieval, continue_url: 'https://shop.example/ok', cancel_url: expect.stringMatching(/^https:\/\//) });
    expect(field(object, 'state', 'status')).toBe('paid');

    const log = await waitFor(async () => {
      const d = await deliveries(sb);
      return d.length > 0 ? d : undefined;
    });
    expect(log).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        url: receiver.url,
        target: 'order',
        event: 'payment.completed',
        orderUuid: uuid,
        status: 200,
        attempt: 1,
        retryInMs: null,
        resendOf: null,
        at: expect.any(String),
        headers: { 'content-type': 'application/json', 'chainside-signature': signature },
        signature,
        body: cb.raw.toString('utf8'),
        answer: '',
        answerTruncated: false,
      },
    ]);
  });

  it('is accepted by the SDK CallbacksHandler', async () => {
    const { CallbacksHandler, verifySignature } = await import('../src/sdk/index');
    const { receiver, sb, token, uuid } = await setup([], 'caffè-segreto-€');
    await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.overpaid' });
    await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.dispute.start' });
    await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.dispute.end' });
    await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.chargeback' });
    await waitFor(() => (receiver.received.length === 4 ? true : undefined));
    const handler = new CallbacksHandler({ secret: sb.secret });
    const events: string[] = [];
    for (const cb of receiver.received) {
      const headers = Object.fromEntries(Object.entries(cb.headers).map(([k, v]) => [k, String(v)]));
      const event = await handler.parse(headers, new Uint8Array(cb.raw));
      events.push(event.event);
      expect(await verifySignature(sb.secret, new Uint8Array(cb.raw), headers['chainside-signature'] ?? '')).toBe(true);
      expect(independentlyVerify(sb.secret, cb.raw, headers['chainside-signature'] ?? '')).toBe(true);
      await expect(new CallbacksHandler({ secret: 'wrong' }).parse(headers, new Uint8Array(cb.raw))).rejects.toThrow();
    }
    expect(events.sort()).toEqual(['payment.chargeback', 'payment.dispute.end', 'payment.dispute.start', 'payment.overpaid']);
  });

  it('sends payment.cancelled on DELETE and payment.expired when the clock passes expiration', async () => {
    const { receiver, sb, token, uuid } = await setup();
    await api(sb, token, 'DELETE', `/payment-order/${uuid}`);
    const other = String((await createOrder(sb, token, { amount: '2.00', callback_url: receiver.url })).uuid);
    await admin(sb, 'POST', '/clock', { advanceSeconds: 901 });
    await waitFor(() => (receiver.received.length === 2 ? true : undefined));
    const events = receiver.received.map((r) => JSON.parse(r.raw.toString()) as Json).map((b) => [b.event, field(b, 'object', 'uuid')]);
    expect(events).toContainEqual(['payment.cancelled', uuid]);
    expect(events).toContainEqual(['payment.expired', other]);
  });

  it('retries failed deliveries with backoff and logs every attempt', async () => {
    const { receiver, sb, token, uuid } = await setup([500, 503]);
    await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.completed' });
    const log = await waitFor(async () => {
      const d = await deliveries(sb);
      return d.length === 3 ? d : undefined;
    });
    expect(log.map((d) => [d.attempt, d.status])).toEqual([[1, 500], [2, 503], [3, 200]]);
    expect(log[0]?.error).toContain('500');
    // Backoff doubles from the base delay (20 ms in tests); timers never fire early, so the
    // wall-clock span is a lower bound that load cannot break.
    expect(log.map((d) => d.retryInMs)).toEqual([20, 40, null]);
    const times = log.map((d) => Date.parse(String(d.at)));
    expect((times[2] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(60 - 2);
    expect(receiver.received).toHaveLength(3);
    const sigs = new Set(receiver.received.map((r) => r.headers['chainside-signature']));
    expect(sigs.size).toBe(1);
  });

  it('logs network errors with a null status and gives up after the last attempt', async () => {
    const sb = await start();
    cleanups.push(() => sb.close());
    const token = await login(sb);
    const order = await createOrder(sb, token, { amount: '1.00', callback_url: 'http://127.0.0.1:9/nothing-listens' });
    await api(sb, token, 'PATCH', `/payment-order/${String(order.uuid)}/test/`, { callback: 'payment.completed' });
    const log = await waitFor(async () => {
      const d = await deliveries(sb);
      return d.length === 3 ? d : undefined;
    });
    expect(log.every((d) => d.status === null && typeof d.error === 'string')).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(await deliveries(sb)).toHaveLength(3);
  });

  it('does not send anything for orders without callback_url or for transitions without an event', async () => {
    const { receiver, sb, token, uuid } = await setup();
    await admin(sb, 'POST', `/orders/${uuid}/step`, { to: 'mempool_unconfirmed' });
    await admin(sb, 'POST', `/orders/${uuid}/step`, { to: 'unconfirmed' });
    const plain = String((await createOrder(sb, token, { amount: '1.00' })).uuid);
    await api(sb, token, 'PATCH', `/payment-order/${plain}/test/`, { callback: 'payment.completed' });
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.received).toHaveLength(0);
    await admin(sb, 'POST', `/orders/${uuid}/step`, { to: 'paid' });
    const cb = await waitFor(() => receiver.received[0]);
    expect((JSON.parse(cb.raw.toString()) as Json).event).toBe('payment.completed');
  });
});

// Exact boundaries of the SDK's rules, each one a bug that once went unnoticed.
import { createHash, createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { sendJson, startFakeServer, type FakeServer } from './fake-server.test-util';
import { CallbackError, CallbacksHandler, Client, MAX_CALLBACK_BODY_BYTES, SdkHttpError } from './index';
import { paymentOrder } from './fixtures.test-util';

const SECRET = 'edge-secret-value';

function sign(body: string | Uint8Array): string {
  const key = createHash('sha256').update(SECRET, 'utf8').digest();
  return createHmac('sha512', key).update(body).digest('base64');
}

function callbackOfExactly(bytes: number): string {
  const shape = (details: string) =>
    JSON.stringify({ event: 'payment.completed', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order', object: { ...paymentOrder(), details } });
  return shape('x'.repeat(bytes - shape('').length));
}

describe('CallbacksHandler limits', () => {
  it('accepts a byte-array body of exactly 1 MiB and refuses one byte more', async () => {
    const handler = new CallbacksHandler({ secret: SECRET });
    const raw = new TextEncoder().encode(callbackOfExactly(MAX_CALLBACK_BODY_BYTES));
    expect(raw.byteLength).toBe(MAX_CALLBACK_BODY_BYTES);
    expect((await handler.parse({ 'chainside-signature': sign(raw) }, raw)).event).toBe('payment.completed');

    const over = new TextEncoder().encode(callbackOfExactly(MAX_CALLBACK_BODY_BYTES + 1));
    const error = await handler.parse({ 'chainside-signature': sign(over) }, over).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbackError);
    expect((error as CallbackError).reason).toBe('body_too_large');
  });

  it('refuses two chainside-signature values, even when both are the right one', async () => {
    const raw = callbackOfExactly(2_000);
    const good = sign(raw);
    const handler = new CallbacksHandler({ secret: SECRET });
    expect((await handler.parse({ 'chainside-signature': good }, raw)).event).toBe('payment.completed');
    for (const headers of [{ 'chainside-signature': [good, good] }, { 'chainside-signature': good, 'Chainside-Signature': good }]) {
      const error = await handler.parse(headers, raw).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CallbackError);
      expect((error as CallbackError).reason).toBe('malformed_signature');
    }
  });
});

describe('Client wire details', () => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function clientAnswering(list: (res: Parameters<Parameters<typeof startFakeServer>[0]>[1]) => void) {
    server = await startFakeServer((req, res) => {
      if (req.path === '/token') return sendJson(res, 200, { access_token: 'tok', token_type: 'Bearer', expires_in: 3600 });
      list(res);
    });
    return new Client({ mode: 'sandbox', clientId: 'merchant-1', secret: SECRET, baseUrl: server.url });
  }

  it('sends page 0 when asked for it', async () => {
    const client = await clientAnswering((res) => sendJson(res, 200, { paymentorders: [], total_items: 0, total_pages: 0 }));
    await client.getPaymentOrders({ page: 0, pageSize: 10 });
    await client.getPaymentOrders({});
    const lists = server!.requests.filter((r) => r.path === '/payment-order');
    expect(lists.map((r) => r.query.get('page'))).toEqual(['0', null]);
  });

  it('reads a numeric error_code as the four-digit code', async () => {
    const client = await clientAnswering((res) => sendJson(res, 404, { error_code: 3, message: 'nope' }));
    const error = await client.getPaymentOrders({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkHttpError);
    expect((error as SdkHttpError).errorCode).toBe('0003');
  });
});

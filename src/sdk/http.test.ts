import { describe, expect, it, vi } from 'vitest';
import { CLIENT_ID, SECRET, useFakeWebpos } from './fake-webpos.test-util';
import { sendJson, startFakeServer } from './fake-server.test-util';
import { ORDER_UUID, paymentOrder } from './fixtures.test-util';
import { Client, ConnectionError, REDACTED, ResponseValidationError, TimeoutError, type SdkHttpError } from './index';

const fake = useFakeWebpos();
const { makeClient } = fake;

describe('the HTTP exchange: debug info redacted, responses validated, time limited', () => {
  it('redacts the Authorization header, the secret and tokens from debug info', async () => {
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    fake.api.ctl.route = (req, res) => {
      // A hostile/buggy server echoing credentials back.
      sendJson(res, 400, { error_code: '0001', request_id: 'r1', echo: req.headers.authorization, secret: SECRET, access_token: 'tok-1' }, {
        'X-Echo': `${req.headers.authorization ?? ''} ${SECRET}`,
      });
      return true;
    };
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as SdkHttpError;
    const dump = JSON.stringify(err.debugInfo) + err.message + String(err.stack);
    expect(dump).not.toContain(SECRET);
    expect(dump).not.toContain('tok-1');
    expect(err.debugInfo.request.headers.Authorization).toBe(`Bearer ${REDACTED}`);
    expect(dump).toContain(REDACTED);
  });

  it('after many logins still redacts the secret and the Basic credentials: only old tokens leave the list', async () => {
    const client = makeClient();
    for (let i = 0; i < 20; i++) await client.clientCredentialsLogin();
    const newest = `tok-${fake.api.ctl.logins}`;
    const credentials = Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64');
    fake.api.ctl.route = (_req, res) => {
      sendJson(res, 400, { error_code: '0001', request_id: 'r1', message: `echo ${SECRET} ${credentials} ${newest}` });
      return true;
    };
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as SdkHttpError;
    const dump = JSON.stringify(err.debugInfo) + String(err.serverMessage);
    expect(dump).not.toContain(SECRET);
    expect(dump).not.toContain(credentials);
    expect(dump).not.toContain(newest);
    expect(err.serverMessage).toBe(`echo ${REDACTED} ${REDACTED} ${REDACTED}`);
  });

  it('redacts Basic credentials in a failed login', async () => {
    fake.api.ctl.route = undefined;
    const client = new Client({ mode: 'sandbox', clientId: CLIENT_ID, secret: 'wrong-secret', baseUrl: fake.server.url });
    const err = (await client.clientCredentialsLogin().catch((e: unknown) => e)) as SdkHttpError;
    expect(err.errorCode).toBe('1001');
    expect(err.debugInfo.request.headers.Authorization).toBe(`Basic ${REDACTED}`);
    expect(err.debugInfo.request.body).toBe('grant_type=client_credentials&scope=*');
    const dump = JSON.stringify(err.debugInfo);
    expect(dump).not.toContain('wrong-secret');
    expect(dump).not.toContain(Buffer.from(`${CLIENT_ID}:wrong-secret`).toString('base64'));
  });

  it('a 2xx response that breaks its schema is a ResponseValidationError keeping the raw body', async () => {
    const client = makeClient();
    const bad = { ...paymentOrder(), btc_amount: '25000', state: { status: 'weird' } };
    fake.api.ctl.route = (_req, res) => {
      sendJson(res, 200, bad);
      return true;
    };
    const err = (await client.getPaymentOrder(ORDER_UUID).catch((e: unknown) => e)) as ResponseValidationError;
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.code).toBe('response_validation');
    expect(err.rawBody).toBe(JSON.stringify(bad));
    const fields = err.issues.map((i) => i.field);
    expect(fields).toContain('btc_amount');
    expect(fields).toContain('state.status');
    expect(fields).toContain('state.blockchain_status');
  });

  it('a malformed login response keeps its raw body with the tokens redacted', async () => {
    fake.server.handler = (_req, res) => sendJson(res, 200, { access_token: 'leaky-token-value', token_type: 'Bearer', expires_in: 'soon' });
    const client = makeClient();
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as ResponseValidationError;
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.issues.map((i) => i.field)).toEqual(['expires_in']);
    expect(err.rawBody).toContain('"expires_in":"soon"');
    expect(err.rawBody).not.toContain('leaky-token-value');
  });

  it('a 2xx non-JSON body is a ResponseValidationError', async () => {
    const client = makeClient();
    fake.api.ctl.route = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
      return true;
    };
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as ResponseValidationError;
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.rawBody).toBe('ok');
    expect(err.issues[0]?.rule).toBe('json');
  });

  it('accepts nullable fields as null and tolerates unknown fields', async () => {
    const client = makeClient();
    fake.api.ctl.route = (_req, res) => {
      sendJson(res, 200, { ...paymentOrder({ transactions: null, reference: null }), brand_new_field: { x: 1 } });
      return true;
    };
    const order = await client.getPaymentOrder(ORDER_UUID);
    expect(order.transactions).toBeNull();
    expect(order.reference).toBeNull();
  });

  it('times out after http.timeout seconds', async () => {
    const client = makeClient({ http: { timeout: 0.2 } });
    await client.getCallbacks(ORDER_UUID);
    fake.api.ctl.route = () => true; // never answers
    const started = Date.now();
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as TimeoutError;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.code).toBe('timeout');
    expect(err.timeoutSeconds).toBe(0.2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('times out when the body stalls after the headers, and closes that connection', async () => {
    const client = makeClient({ http: { timeout: 0.2 } });
    await client.getCallbacks(ORDER_UUID);
    let closed = false;
    fake.api.ctl.route = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"callbacks":');
      res.on('close', () => (closed = true));
      return true;
    };
    await expect(client.getCallbacks(ORDER_UUID)).rejects.toBeInstanceOf(TimeoutError);
    await vi.waitFor(() => expect(closed).toBe(true));
  });

  it('connection refused is a ConnectionError', async () => {
    const closed = await startFakeServer(() => undefined);
    const url = closed.url;
    await closed.close();
    const client = new Client({ mode: 'sandbox', clientId: CLIENT_ID, secret: SECRET, baseUrl: url });
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as ConnectionError;
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.code).toBe('connection');
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.message).not.toContain(SECRET);
  });
});

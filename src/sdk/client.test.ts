import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerResponse } from 'node:http';
import { startFakeServer, sendError, sendJson, type FakeServer, type RecordedRequest } from './fake-server.test-util';
import { ORDER_UUID, creationResponse, paymentOrder } from './fixtures.test-util';
import {
  AccessTokenExpiredError,
  ApiValidationError,
  Client,
  ConnectionError,
  ERROR_CLASSES,
  MemoryCache,
  NotFoundError,
  REDACTED,
  ResponseValidationError,
  SdkError,
  SdkHttpError,
  TimeoutError,
  TooManyRequestsError,
  UnknownHttpError,
  ValidationError,
  type CacheAdapter,
  type ClientConfig,
} from './index';

const CLIENT_ID = 'merchant-42';
const SECRET = 'super-secret-value-123';
const BASIC = 'Basic ' + Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64');

/** A minimal WebPOS: issues tokens, enforces Bearer auth, serves fixtures. */
function webpos() {
  const ctl = {
    logins: 0,
    expiresIn: 3600,
    valid: new Set<string>(),
    expired: new Set<string>(),
    loginDelayMs: 0,
    route: undefined as undefined | ((req: RecordedRequest, res: ServerResponse) => boolean),
  };
  const handler = async (req: RecordedRequest, res: ServerResponse): Promise<void> => {
    if (req.method === 'POST' && req.path === '/token') {
      if (req.headers.authorization !== BASIC) return sendError(res, 401, '1001');
      const form = new URLSearchParams(req.body);
      if (form.get('grant_type') !== 'client_credentials') return sendError(res, 400, '1002');
      if (form.get('scope') !== '*') return sendError(res, 400, '1013');
      if (ctl.loginDelayMs) await new Promise((r) => setTimeout(r, ctl.loginDelayMs));
      ctl.logins++;
      const token = `tok-${ctl.logins}`;
      ctl.valid.add(token);
      return sendJson(res, 200, {
        access_token: token,
        token_type: 'Bearer',
        expires_in: ctl.expiresIn,
        id_token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
        scope: '*',
      });
    }
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (ctl.expired.has(token)) return sendError(res, 401, '1004');
    if (!ctl.valid.has(token)) return sendError(res, 401, '1007');
    if (ctl.route?.(req, res)) return;
    if (req.method === 'POST' && req.path === '/payment-order') return sendJson(res, 201, creationResponse());
    if (req.method === 'GET' && req.path === '/payment-order') {
      return sendJson(res, 200, { paymentorders: [paymentOrder()], total_items: 1, total_pages: 1 });
    }
    const m = /^\/payment-order\/([^/]+)(\/.*)?$/.exec(req.path);
    if (m && m[1] !== ORDER_UUID) return sendError(res, 404, '3001');
    if (m && req.method === 'GET' && m[2] === undefined) return sendJson(res, 200, paymentOrder());
    if (m && req.method === 'DELETE' && m[2] === undefined) return sendJson(res, 200, { cancel_url: 'https://shop.example/cancel' });
    if (m && req.method === 'GET' && m[2] === '/callbacks') {
      return sendJson(res, 200, { callbacks: [{ name: 'payment.completed' }, { name: 'payment.expired' }] });
    }
    if (m && req.method === 'PATCH' && m[2] === '/test/reset') return sendJson(res, 200, paymentOrder());
    if (m && req.method === 'PATCH' && m[2] === '/test/') {
      res.writeHead(204);
      res.end();
      return;
    }
    sendError(res, 405, '3003');
  };
  return { ctl, handler };
}

let server: FakeServer;
let api: ReturnType<typeof webpos>;

function makeClient(extra: Partial<ClientConfig> = {}): Client {
  return new Client({ mode: 'sandbox', clientId: CLIENT_ID, secret: SECRET, baseUrl: server.url, ...extra });
}

function apiRequests(): RecordedRequest[] {
  return server.requests.filter((r) => r.path !== '/token');
}

beforeEach(async () => {
  api = webpos();
  server = await startFakeServer(api.handler);
});

afterEach(async () => {
  vi.useRealTimers();
  await server.close();
});

describe('requests on the wire', () => {
  it('logs in with Basic auth and a form body, then sends Bearer + protocol headers', async () => {
    const client = makeClient();
    const order = await client.createPaymentOrder({ amount: '10.00', reference: 'till-3', callback_url: 'https://m.example/cb' });
    expect(order.amount).toBe(25000);
    expect(order).not.toHaveProperty('an_undocumented_field');

    const [login, create] = server.requests;
    expect(login?.method).toBe('POST');
    expect(login?.path).toBe('/token');
    expect(login?.headers.authorization).toBe(BASIC);
    expect(login?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(login?.headers.accept).toBe('application/json');
    expect(login?.headers['x-api-version']).toBe('v1');
    expect(login?.body).toBe('grant_type=client_credentials&scope=*');

    expect(create?.method).toBe('POST');
    expect(create?.path).toBe('/payment-order');
    expect(create?.headers.authorization).toBe('Bearer tok-1');
    expect(create?.headers['content-type']).toBe('application/json');
    expect(create?.headers.accept).toBe('application/json');
    expect(create?.headers['x-api-version']).toBe('v1');
    expect(JSON.parse(create?.body ?? '')).toEqual({ amount: '10.00', reference: 'till-3', callback_url: 'https://m.example/cb' });
  });

  it('getPaymentOrders maps camelCase options to snake_case query parameters', async () => {
    const client = makeClient();
    const list = await client.getPaymentOrders({ status: 'mempool_unconfirmed', page: 2, pageSize: 40, sortBy: 'amount', sortOrder: 'asc' });
    expect(list.total_items).toBe(1);
    expect(list.paymentorders[0]?.state.blockchain_status).toBe('pending');
    const req = apiRequests()[0];
    expect(req?.method).toBe('GET');
    expect(req?.path).toBe('/payment-order');
    expect(Object.fromEntries(req?.query ?? [])).toEqual({
      status: 'mempool_unconfirmed',
      page: '2',
      page_size: '40',
      sort_by: 'amount',
      sort_order: 'asc',
    });
    expect(req?.headers['content-type']).toBeUndefined();
    expect(req?.body).toBe('');
  });

  it('getPaymentOrders without options sends no query string', async () => {
    const client = makeClient();
    await client.getPaymentOrders();
    expect([...(apiRequests()[0]?.query ?? [])]).toEqual([]);
  });

  it('getPaymentOrder, deletePaymentOrder, getCallbacks, paymentReset, paymentUpdate', async () => {
    const client = makeClient();
    const order = await client.getPaymentOrder(ORDER_UUID);
    expect(order.btc_amount).toBe(25000);
    expect(order.transactions?.[0]?.outs[0]?.amount).toBe(25000);
    expect(order.created_by.deposit_account.type).toBe('bitcoin');
    expect(await client.deletePaymentOrder(ORDER_UUID)).toEqual({ cancel_url: 'https://shop.example/cancel' });
    expect(await client.getCallbacks(ORDER_UUID)).toEqual({ callbacks: [{ name: 'payment.completed' }, { name: 'payment.expired' }] });
    expect((await client.paymentReset(ORDER_UUID)).uuid).toBe(ORDER_UUID);
    expect(await client.paymentUpdate(ORDER_UUID, { callback: 'payment.completed' })).toBeUndefined();

    const reqs = apiRequests().map((r) => `${r.method} ${r.path}`);
    expect(reqs).toEqual([
      `GET /payment-order/${ORDER_UUID}`,
      `DELETE /payment-order/${ORDER_UUID}`,
      `GET /payment-order/${ORDER_UUID}/callbacks`,
      `PATCH /payment-order/${ORDER_UUID}/test/reset`,
      `PATCH /payment-order/${ORDER_UUID}/test/`,
    ]);
    const update = apiRequests()[4];
    expect(update?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(update?.body ?? '')).toEqual({ callback: 'payment.completed' });
    expect(apiRequests()[3]?.headers['content-type']).toBeUndefined();
    expect(server.requests.filter((r) => r.path === '/token')).toHaveLength(1);
  });

  it('clientCredentialsLogin performs a fresh login whose token later calls use', async () => {
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    const res = await client.clientCredentialsLogin();
    expect(res).toMatchObject({ access_token: 'tok-2', token_type: 'Bearer', expires_in: 3600, scope: '*' });
    await client.getCallbacks(ORDER_UUID);
    expect(apiRequests()[1]?.headers.authorization).toBe('Bearer tok-2');
    expect(api.ctl.logins).toBe(2);
  });

  it('describe() shows mode, base URL and client id but never the secret', () => {
    const client = makeClient();
    expect(client.describe()).toEqual({ mode: 'sandbox', baseUrl: server.url, clientId: CLIENT_ID });
    expect(JSON.stringify(client.describe())).not.toContain(SECRET);
    expect(new Client({ clientId: 'a', secret: 'b' }).describe()).toEqual({
      mode: 'live',
      baseUrl: 'https://api.webpos.chainside.net',
      clientId: 'a',
    });
    expect(new Client({ mode: 'sandbox', clientId: 'a', secret: 'b' }).describe().baseUrl).toBe(
      'https://api.sandbox.webpos.chainside.net',
    );
  });

  it('uses a custom fetch when given one', async () => {
    const calls: string[] = [];
    const client = makeClient({
      fetch: (input, init) => {
        calls.push(`${init.method ?? 'GET'} ${input}`);
        return fetch(input, init);
      },
    });
    await client.getPaymentOrder(ORDER_UUID);
    expect(calls).toEqual([`POST ${server.url}/token`, `GET ${server.url}/payment-order/${ORDER_UUID}`]);
  });
});

describe('token manager', () => {
  it('shares one login among 50 concurrent calls (single flight)', async () => {
    api.ctl.loginDelayMs = 50;
    const client = makeClient();
    const results = await Promise.all(Array.from({ length: 50 }, () => client.getPaymentOrder(ORDER_UUID)));
    expect(results).toHaveLength(50);
    expect(api.ctl.logins).toBe(1);
    expect(new Set(apiRequests().map((r) => r.headers.authorization))).toEqual(new Set(['Bearer tok-1']));
  });

  it('stores the token in the CacheAdapter with its expiry minus a safety margin', async () => {
    const cache = new MemoryCache();
    const set = vi.spyOn(cache, 'set');
    const client = makeClient({ cache });
    const before = Date.now();
    await client.getCallbacks(ORDER_UUID);
    expect(set).toHaveBeenCalledTimes(1);
    const [key, value, ttl] = set.mock.calls[0] ?? [];
    expect(key).toBe(client.tokenCacheKey);
    expect(ttl).toBe(3600 - 60);
    const stored = value as { accessToken: string; expiresAt: number };
    expect(stored.accessToken).toBe('tok-1');
    expect(stored.expiresAt).toBeGreaterThanOrEqual(before + 3540_000);
    expect(stored.expiresAt).toBeLessThanOrEqual(Date.now() + 3540_000);
    expect(structuredClone(stored)).toEqual(stored);
  });

  it('keeps the token in memory: later calls do not read the cache', async () => {
    const cache = new MemoryCache();
    const get = vi.spyOn(cache, 'get');
    const client = makeClient({ cache });
    for (let i = 0; i < 5; i++) await client.getCallbacks(ORDER_UUID);
    expect(get).toHaveBeenCalledTimes(1);
    expect(api.ctl.logins).toBe(1);
  });

  it('logs in again once the token has (nearly) expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-11-26T10:00:00Z').getTime();
    vi.setSystemTime(start);
    api.ctl.expiresIn = 600; // margin: 60 s
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    vi.setSystemTime(start + 539_000);
    await client.getCallbacks(ORDER_UUID);
    expect(api.ctl.logins).toBe(1);
    vi.setSystemTime(start + 541_000);
    await client.getCallbacks(ORDER_UUID);
    expect(api.ctl.logins).toBe(2);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
  });

  it('reuses a cached token across client instances (service-worker restart)', async () => {
    const cache = new MemoryCache();
    await makeClient({ cache }).getCallbacks(ORDER_UUID);
    await makeClient({ cache }).getCallbacks(ORDER_UUID);
    expect(api.ctl.logins).toBe(1);
  });

  it('namespaces cache keys by mode, base URL and client id', async () => {
    const cache = new MemoryCache();
    const a = makeClient({ cache });
    const b = makeClient({ cache, mode: 'live' });
    const c = makeClient({ cache, baseUrl: server.url + '/' + 'v' });
    const d = new Client({ mode: 'sandbox', clientId: 'other', secret: SECRET, baseUrl: server.url, cache });
    const keys = new Set([a, b, c, d].map((x) => x.tokenCacheKey));
    expect(keys.size).toBe(4);
    expect(a.tokenCacheKey).toContain(CLIENT_ID);
    expect(a.tokenCacheKey).not.toContain(SECRET);
    await a.getCallbacks(ORDER_UUID);
    await b.getCallbacks(ORDER_UUID);
    expect(api.ctl.logins).toBe(2);
    await expect(d.getCallbacks(ORDER_UUID)).rejects.toBeInstanceOf(SdkHttpError); // bad credentials: 1001, no foreign token
    expect(server.requests.at(-1)?.path).toBe('/token');
  });

  it('on 1004 logs in again and repeats the request once', async () => {
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    api.ctl.expired.add('tok-1');
    await client.getCallbacks(ORDER_UUID);
    expect(api.ctl.logins).toBe(2);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
  });

  it('a second 1004 is surfaced, never looped', async () => {
    const client = makeClient();
    api.ctl.route = (_req, res) => {
      sendError(res, 401, '1004');
      return true;
    };
    const err = await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AccessTokenExpiredError);
    expect((err as AccessTokenExpiredError).errorCode).toBe('1004');
    expect(apiRequests()).toHaveLength(2);
    expect(api.ctl.logins).toBe(2);
  });

  it('concurrent 1004s share one re-login', async () => {
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    api.ctl.expired.add('tok-1');
    api.ctl.loginDelayMs = 30;
    await Promise.all(Array.from({ length: 10 }, () => client.getCallbacks(ORDER_UUID)));
    expect(api.ctl.logins).toBe(2);
  });

  it('a failing cache adapter never fails a call', async () => {
    const broken: CacheAdapter = {
      get: () => Promise.reject(new Error('idb down')),
      set: () => Promise.reject(new Error('idb down')),
      delete: () => Promise.reject(new Error('idb down')),
    };
    const client = makeClient({ cache: broken });
    await client.getCallbacks(ORDER_UUID);
    await client.getCallbacks(ORDER_UUID);
    expect(api.ctl.logins).toBe(1);
  });

  it('a failed login is not cached: the next call tries again', async () => {
    const client = new Client({ mode: 'sandbox', clientId: CLIENT_ID, secret: 'wrong-secret', baseUrl: server.url });
    await expect(client.getCallbacks(ORDER_UUID)).rejects.toMatchObject({ errorCode: '1001' });
    await expect(client.getCallbacks(ORDER_UUID)).rejects.toMatchObject({ errorCode: '1001' });
    expect(server.requests.filter((r) => r.path === '/token')).toHaveLength(2);
  });
});

describe('errors', () => {
  it('maps every protocol error code to its class, with status, errorCode and requestId', async () => {
    const client = makeClient();
    for (const [code, Cls] of Object.entries(ERROR_CLASSES)) {
      if (code === '1004' || code === '1007') continue; // retried, covered above
      api.ctl.route = (_req, res) => {
        sendError(res, 418, code);
        return true;
      };
      const err = await client.getPaymentOrder(ORDER_UUID).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Cls);
      expect(err).toBeInstanceOf(SdkHttpError);
      expect(err).toBeInstanceOf(SdkError);
      expect(err).toMatchObject({ status: 418, errorCode: code, requestId: `req-${code}`, code: 'http' });
    }
    expect(Object.keys(ERROR_CLASSES)).toHaveLength(19);
  });

  it('3001 on an unknown order is a NotFoundError with debug info', async () => {
    const client = makeClient();
    const other = '00000000-0000-4000-8000-000000000000';
    const err = (await client.getPaymentOrder(other).catch((e: unknown) => e)) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.status).toBe(404);
    expect(err.debugInfo.request).toMatchObject({ method: 'GET', url: `${server.url}/payment-order/${other}`, body: null });
    expect(err.debugInfo.response?.status).toBe(404);
    expect(JSON.parse(err.debugInfo.response?.body ?? '')).toMatchObject({ error_code: '3001' });
    expect(err.debugInfo.response?.headers['content-type']).toBe('application/json');
  });

  it('0001 is an ApiValidationError and keeps the query in debug info', async () => {
    const client = makeClient();
    api.ctl.route = (_req, res) => {
      sendError(res, 400, '0001');
      return true;
    };
    const err = (await client.getPaymentOrders({ page: 3 }).catch((e: unknown) => e)) as ApiValidationError;
    expect(err).toBeInstanceOf(ApiValidationError);
    expect(err.debugInfo.request.query).toEqual({ page: '3' });
  });

  it('2000 exposes Retry-After as retryAfterSeconds', async () => {
    const client = makeClient();
    api.ctl.route = (_req, res) => {
      sendError(res, 429, '2000', { 'Retry-After': '17' });
      return true;
    };
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as TooManyRequestsError;
    expect(err).toBeInstanceOf(TooManyRequestsError);
    expect(err.retryAfterSeconds).toBe(17);
  });

  it('a non-JSON error body is an UnknownHttpError that keeps status, headers and body', async () => {
    const client = makeClient();
    api.ctl.route = (_req, res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<html><body>Bad Gateway</body></html>');
      return true;
    };
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as UnknownHttpError;
    expect(err).toBeInstanceOf(UnknownHttpError);
    expect(err).toBeInstanceOf(SdkHttpError);
    expect(err.code).toBe('unknown_http');
    expect(err.status).toBe(502);
    expect(err.errorCode).toBe('');
    expect(err.debugInfo.response?.body).toBe('<html><body>Bad Gateway</body></html>');
    expect(err.debugInfo.response?.headers['content-type']).toBe('text/html');
  });

  it('a JSON error body without error_code is an UnknownHttpError', async () => {
    const client = makeClient();
    api.ctl.route = (_req, res) => {
      sendJson(res, 500, { oops: true });
      return true;
    };
    await expect(client.getCallbacks(ORDER_UUID)).rejects.toBeInstanceOf(UnknownHttpError);
  });

  it('an unknown error_code is a plain SdkHttpError', async () => {
    const client = makeClient();
    api.ctl.route = (_req, res) => {
      sendError(res, 400, '9999');
      return true;
    };
    const err = await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SdkHttpError);
    expect(err).not.toBeInstanceOf(UnknownHttpError);
    expect((err as SdkHttpError).errorCode).toBe('9999');
  });

  it('redacts the Authorization header, the secret and tokens from debug info', async () => {
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    api.ctl.route = (req, res) => {
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

  it('redacts Basic credentials in a failed login', async () => {
    api.ctl.route = undefined;
    const client = new Client({ mode: 'sandbox', clientId: CLIENT_ID, secret: 'wrong-secret', baseUrl: server.url });
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
    api.ctl.route = (_req, res) => {
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
    server.handler = (_req, res) => sendJson(res, 200, { access_token: 'leaky-token-value', token_type: 'Bearer', expires_in: 'soon' });
    const client = makeClient();
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as ResponseValidationError;
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.issues.map((i) => i.field)).toEqual(['expires_in']);
    expect(err.rawBody).toContain('"expires_in":"soon"');
    expect(err.rawBody).not.toContain('leaky-token-value');
  });

  it('2000 with an HTTP-date Retry-After', async () => {
    const client = makeClient();
    api.ctl.route = (_req, res) => {
      sendError(res, 429, '2000', { 'Retry-After': new Date(Date.now() + 30_000).toUTCString() });
      return true;
    };
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as TooManyRequestsError;
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(28);
    expect(err.retryAfterSeconds).toBeLessThanOrEqual(31);
  });

  it('a 2xx non-JSON body is a ResponseValidationError', async () => {
    const client = makeClient();
    api.ctl.route = (_req, res) => {
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
    api.ctl.route = (_req, res) => {
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
    api.ctl.route = () => true; // never answers
    const started = Date.now();
    const err = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as TimeoutError;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.code).toBe('timeout');
    expect(err.timeoutSeconds).toBe(0.2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('times out when the body stalls after the headers', async () => {
    const client = makeClient({ http: { timeout: 0.2 } });
    await client.getCallbacks(ORDER_UUID);
    api.ctl.route = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"callbacks":');
      return true;
    };
    await expect(client.getCallbacks(ORDER_UUID)).rejects.toBeInstanceOf(TimeoutError);
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

describe('client-side validation happens before any network call', () => {
  it('rejects bad input with every failing field and rule, sending nothing', async () => {
    const client = makeClient();
    const cases: [() => Promise<unknown>, { field: string; rule: string }[]][] = [
      [() => client.createPaymentOrder({ amount: '10' + '.001' }), [{ field: 'amount', rule: 'decimal' }]],
      [() => client.createPaymentOrder({ amount: '0.00' }), [{ field: 'amount', rule: 'positive' }]],
      [() => client.createPaymentOrder({ amount: '-1.00' }), [{ field: 'amount', rule: 'decimal' }]],
      [
        () =>
          client.createPaymentOrder({
            amount: 'ten',
            details: 'x'.repeat(301),
            reference: 'y'.repeat(301),
            continue_url: 'http://shop.example/ok',
            cancel_url: 'ftp://shop.example',
            callback_url: 'https://' + 'a'.repeat(300),
            required_confirmations: -1,
          }),
        [
          { field: 'amount', rule: 'decimal' },
          { field: 'details', rule: 'max_length' },
          { field: 'reference', rule: 'max_length' },
          { field: 'continue_url', rule: 'https_url' },
          { field: 'cancel_url', rule: 'https_url' },
          { field: 'callback_url', rule: 'max_length' },
          { field: 'required_confirmations', rule: 'min' },
        ],
      ],
      [() => client.createPaymentOrder({ amount: '1.00', required_confirmations: 1.5 }), [{ field: 'required_confirmations', rule: 'integer' }]],
      [() => client.createPaymentOrder({} as never), [{ field: 'amount', rule: 'required' }]],
      [() => client.createPaymentOrder({ amount: 10 } as never), [{ field: 'amount', rule: 'type' }]],
      [() => client.getPaymentOrders({ pageSize: 41 }), [{ field: 'pageSize', rule: 'max' }]],
      [() => client.getPaymentOrders({ page: -1 }), [{ field: 'page', rule: 'min' }]],
      [() => client.getPaymentOrders({ status: 'done' as never }), [{ field: 'status', rule: 'enum' }]],
      [() => client.getPaymentOrders({ sortBy: 'name' as never, sortOrder: 'up' as never }), [
        { field: 'sortBy', rule: 'enum' },
        { field: 'sortOrder', rule: 'enum' },
      ]],
      [() => client.getPaymentOrder('not-a-uuid'), [{ field: 'uuid', rule: 'uuid' }]],
      [() => client.deletePaymentOrder('../token'), [{ field: 'uuid', rule: 'uuid' }]],
      [() => client.getCallbacks(''), [{ field: 'uuid', rule: 'uuid' }]],
      [() => client.paymentReset(ORDER_UUID + 'x'), [{ field: 'uuid', rule: 'uuid' }]],
      [() => client.paymentUpdate(ORDER_UUID, { callback: 'payment.refunded' as never }), [{ field: 'callback', rule: 'enum' }]],
    ];
    for (const [call, expected] of cases) {
      const err = (await call().catch((e: unknown) => e)) as ValidationError;
      expect(err).toBeInstanceOf(ValidationError);
      expect(err.code).toBe('validation');
      expect(err.issues.map(({ field, rule }) => ({ field, rule }))).toEqual(expected);
      for (const issue of err.issues) expect(issue.message).toBeTruthy();
    }
    expect(server.requests).toHaveLength(0);
  });
});

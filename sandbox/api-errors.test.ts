import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from './server';
import { JSON_HEADERS, admin, api, createOrder, login, raw, start, type ApiResponse } from './test-util';

let sb: Sandbox;
let token: string;
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const FORM = 'application/x-www-form-urlencoded';

beforeAll(async () => {
  sb = await start();
  token = await login(sb);
});
afterAll(() => sb.close());

function expectError(res: ApiResponse, code: string, status: number): void {
  expect(res.status, res.text).toBe(status);
  expect(res.body.error_code).toBe(code);
  expect(typeof res.body.message).toBe('string');
  expect(res.body.request_id).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.headers.get('x-request-id')).toBe(res.body.request_id);
  expect(res.headers.get('content-type')).toBe('application/json');
}

const tokenCall = (headers: Record<string, string>, body: string) => raw(sb, '/token', { method: 'POST', headers, body });

describe('POST /token', () => {
  it('issues an opaque access token and a JWT-shaped id_token', async () => {
    const res = await tokenCall({ ...JSON_HEADERS, Authorization: basic(sb.clientId, sb.secret), 'Content-Type': FORM }, 'grant_type=client_credentials&scope=*');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: '*' });
    expect(res.body.access_token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const parts = String(res.body.id_token).split('.');
    expect(parts).toHaveLength(3);
    const payload = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString()) as Record<string, number | string>;
    expect(payload.sub).toBe(sb.clientId);
    expect(Number(payload.exp) - Number(payload.iat)).toBe(3600);
  });

  it('also takes the JSON body the official SDKs send', async () => {
    const res = await tokenCall(
      { ...JSON_HEADERS, Authorization: basic(sb.clientId, sb.secret), 'Content-Type': 'application/json' },
      JSON.stringify({ grant_type: 'client_credentials', scope: '*' }),
    );
    expect(res.status).toBe(200);
  });

  it('refuses bad credentials, grant types, scopes and headers', async () => {
    const h = { ...JSON_HEADERS, 'Content-Type': FORM };
    const good = 'grant_type=client_credentials&scope=*';
    expectError(await tokenCall({ ...h, Authorization: basic(sb.clientId, 'wrong') }, good), '1001', 401);
    expectError(await tokenCall({ ...h, Authorization: basic('someone', sb.secret) }, good), '1001', 401);
    expectError(await tokenCall({ ...h, Authorization: basic(sb.clientId, sb.secret) }, 'grant_type=password&scope=*'), '1002', 400);
    expectError(await tokenCall({ ...h, Authorization: basic(sb.clientId, sb.secret) }, 'scope=*'), '1002', 400);
    expectError(await tokenCall({ ...h, Authorization: basic(sb.clientId, sb.secret) }, 'grant_type=client_credentials&scope=read'), '1013', 400);
    expectError(await tokenCall({ ...h, Authorization: basic(sb.clientId, sb.secret) }, 'grant_type=client_credentials'), '1013', 400);
    expectError(await tokenCall(h, good), '3007', 401);
    expectError(await tokenCall({ ...h, Authorization: 'Basic !!!' }, good), '3007', 401);
    expectError(await tokenCall({ ...h, Authorization: `Basic ${Buffer.from('nocolon').toString('base64')}` }, good), '3007', 401);
    expectError(await tokenCall({ ...h, Authorization: `Bearer ${token}` }, good), '3007', 401);
    expectError(await tokenCall({ ...h, Accept: 'text/html', Authorization: basic(sb.clientId, sb.secret) }, good), '3013', 406);
    expectError(await tokenCall({ ...JSON_HEADERS, Authorization: basic(sb.clientId, sb.secret), 'Content-Type': 'text/plain' }, good), '3012', 415);
  });
});

describe('header checks on authenticated routes', () => {
  it('3013 for missing or wrong Accept', async () => {
    expectError(await raw(sb, '/payment-order', { headers: { Authorization: `Bearer ${token}` } }), '3013', 406);
    expectError(await raw(sb, '/payment-order', { headers: { Accept: 'text/html', Authorization: `Bearer ${token}` } }), '3013', 406);
    const ok = await raw(sb, '/payment-order', { headers: { Accept: 'text/html, application/json;q=0.9', Authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
  });

  it('accepts X-Api-Version v1, v2 and none; refuses others with 0001', async () => {
    for (const v of ['v1', 'v2']) {
      expect((await raw(sb, '/payment-order', { headers: { ...JSON_HEADERS, 'X-Api-Version': v, Authorization: `Bearer ${token}` } })).status).toBe(200);
    }
    expect((await raw(sb, '/payment-order', { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } })).status).toBe(200);
    const bad = await raw(sb, '/payment-order', { headers: { ...JSON_HEADERS, 'X-Api-Version': 'v9', Authorization: `Bearer ${token}` } });
    expectError(bad, '0001', 400);
  });

  it('3012 for a wrong content type on body routes', async () => {
    const res = await raw(sb, '/payment-order', {
      method: 'POST',
      headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ amount: '1.00' }),
    });
    expectError(res, '3012', 415);
    const none = await raw(sb, '/payment-order', { method: 'POST', headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}` }, body: '{}' });
    expect(none.body.error_code).toBe('3012');
    const withCharset = await raw(sb, '/payment-order', {
      method: 'POST',
      headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ amount: '1.00' }),
    });
    expect(withCharset.status).toBe(201);
  });

  it('3007 for missing or malformed Authorization, 1007 for unknown tokens', async () => {
    expectError(await raw(sb, '/payment-order', { headers: JSON_HEADERS }), '3007', 401);
    expectError(await raw(sb, '/payment-order', { headers: { ...JSON_HEADERS, Authorization: 'Bearer' } }), '3007', 401);
    expectError(await raw(sb, '/payment-order', { headers: { ...JSON_HEADERS, Authorization: basic(sb.clientId, sb.secret) } }), '3007', 401);
    expectError(await raw(sb, '/payment-order', { headers: { ...JSON_HEADERS, Authorization: 'Bearer not-a-token' } }), '1007', 401);
  });

  it('1004 for expired tokens', async () => {
    const local = await start({ tokenTtlSeconds: 60 });
    try {
      const t = await login(local);
      expect((await api(local, t, 'GET', '/payment-order')).status).toBe(200);
      await admin(local, 'POST', '/clock', { advanceSeconds: 61 });
      expectError(await api(local, t, 'GET', '/payment-order'), '1004', 401);
      const fresh = await login(local);
      expect((await api(local, fresh, 'GET', '/payment-order')).status).toBe(200);
    } finally {
      await local.close();
    }
  });
});

describe('routing errors', () => {
  it('3001 for unknown routes and orders, 0001 for malformed uuids', async () => {
    expectError(await api(sb, token, 'GET', '/nope'), '3001', 404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectError(await api(sb, token, 'GET', `/payment-order/${unknown}`), '3001', 404);
    expectError(await api(sb, token, 'DELETE', `/payment-order/${unknown}`), '3001', 404);
    expectError(await api(sb, token, 'GET', `/payment-order/${unknown}/callbacks`), '3001', 404);
    expectError(await api(sb, token, 'PATCH', `/payment-order/${unknown}/test/reset`), '3001', 404);
    expectError(await api(sb, token, 'PATCH', `/payment-order/${unknown}/test/`, { callback: 'payment.completed' }), '3001', 404);
    const bad = await api(sb, token, 'GET', '/payment-order/not-a-uuid/callbacks');
    expectError(bad, '0001', 400);
    expect(bad.body.fields).toEqual([{ field: 'payment_order_uuid', message: 'must be a UUID' }]);
    expectError(await api(sb, token, 'GET', '/payment-order/%E0%A4%A'), '0001', 400);
  });

  it('3003 for unsupported methods, with Allow', async () => {
    const res = await api(sb, token, 'PUT', '/payment-order');
    expectError(res, '3003', 405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expectError(await api(sb, token, 'GET', '/token'), '3003', 405);
    const order = await createOrder(sb, token);
    expectError(await api(sb, token, 'POST', `/payment-order/${String(order.uuid)}`), '3003', 405);
  });

  it('gives every request a fresh request id, also on success', async () => {
    const a = await api(sb, token, 'GET', '/payment-order');
    const b = await api(sb, token, 'GET', '/payment-order');
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });

  it('answers CORS preflights', async () => {
    const res = await raw(sb, '/payment-order', { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST', Origin: 'http://x' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});

describe('validation (0001 with fields)', () => {
  it('lists every failing creation field', async () => {
    const res = await api(sb, token, 'POST', '/payment-order', {
      amount: 10,
      details: 'x'.repeat(301),
      reference: 5,
      continue_url: 'http://example.com',
      cancel_url: 'ftp://x',
      callback_url: 'https://',
      required_confirmations: -1,
    });
    expectError(res, '0001', 400);
    const fields = (res.body.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['amount', 'callback_url', 'cancel_url', 'continue_url', 'details', 'reference', 'required_confirmations']);
  });

  it('checks amounts', async () => {
    for (const amount of [undefined, '', '0', '0.00', '-1.00', '1.234', 'abc', '1e3']) {
      const res = await api(sb, token, 'POST', '/payment-order', amount === undefined ? {} : { amount });
      expect(res.body.error_code, String(amount)).toBe('0001');
      expect(res.body.fields).toEqual([expect.objectContaining({ field: 'amount' })]);
    }
  });

  it('refuses non-object and malformed JSON bodies', async () => {
    for (const body of ['[1]', '"x"', 'null', '{"amount":', '']) {
      const res = await raw(sb, '/payment-order', {
        method: 'POST',
        headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body,
      });
      expectError(res, '0001', 400);
    }
  });

  it('checks list queries', async () => {
    const res = await api(sb, token, 'GET', '/payment-order?page=-1&page_size=41&sort_by=uuid&sort_order=up&status=paid-ish');
    expectError(res, '0001', 400);
    expect((res.body.fields as { field: string }[]).map((f) => f.field)).toEqual(['page', 'page_size', 'status', 'sort_by', 'sort_order']);
    expect((await api(sb, token, 'GET', '/payment-order?page_size=0')).body.error_code).toBe('0001');
    expect((await api(sb, token, 'GET', '/payment-order?page=1.5')).body.error_code).toBe('0001');
  });

  it('payment_update: 0001 without callback, 0013 for unknown or invalid names', async () => {
    const order = await createOrder(sb, token);
    const path = `/payment-order/${String(order.uuid)}/test/`;
    expectError(await api(sb, token, 'PATCH', path, {}), '0001', 400);
    expectError(await api(sb, token, 'PATCH', path, { callback: 'payment.nope' }), '0013', 400);
    expectError(await api(sb, token, 'PATCH', path, { callback: 'payment.dispute.end' }), '0013', 400);
  });

  it('deleting a resolved order is refused with 1012', async () => {
    const order = await createOrder(sb, token);
    const uuid = String(order.uuid);
    expect((await api(sb, token, 'PATCH', `/payment-order/${uuid}/test`, { callback: 'payment.completed' })).status).toBe(204);
    const res = await api(sb, token, 'DELETE', `/payment-order/${uuid}`);
    expectError(res, '1012', 403);
    expect(res.body.message).toContain('cannot be deleted');
  });
});

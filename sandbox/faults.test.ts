import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from './server';
import { admin, api, field, login, raw, start, type Json } from './test-util';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

describe('fault injection', () => {
  it('GET/POST/DELETE /__sandbox/faults read, merge and reset', async () => {
    sb = await start();
    const defaults = await admin(sb, 'GET', '/faults');
    expect(defaults).toEqual({ latencyMs: 0, errorRate: 0, tooManyRequestsRate: 0, retryAfterSeconds: 1, tokenTtlSeconds: null, hang: false, commitThenDrop: false, commitThenHang: false, errorAfterCommit: null });
    expect(await admin(sb, 'POST', '/faults', { latencyMs: 5 })).toMatchObject({ latencyMs: 5, errorRate: 0 });
    expect(await admin(sb, 'POST', '/faults', { errorRate: 0.5 })).toMatchObject({ latencyMs: 5, errorRate: 0.5 });
    const bad = await raw(sb, '/__sandbox/faults', { method: 'POST', body: JSON.stringify({ errorRate: 2, hang: 'yes', nope: 1 }) });
    expect(bad.status).toBe(400);
    expect((bad.body.fields as Json[]).map((f) => f.field)).toEqual(['errorRate', 'hang', 'nope']);
    expect(await admin(sb, 'DELETE', '/faults')).toEqual(defaults);
  });

  it('adds latency', async () => {
    sb = await start({ faults: { latencyMs: 150 } });
    const t0 = Date.now();
    await raw(sb, '/payment-order');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    const a0 = Date.now();
    await admin(sb, 'GET', '/faults');
    expect(Date.now() - a0).toBeLessThan(140);
  });

  it('answers a share of requests with 4000', async () => {
    sb = await start();
    const token = await login(sb);
    await admin(sb, 'POST', '/faults', { errorRate: 1 });
    const res = await api(sb, token, 'GET', '/payment-order');
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ error_code: '4000', request_id: expect.any(String) });
    await admin(sb, 'POST', '/faults', { errorRate: 0.5 });
    const statuses = await Promise.all(Array.from({ length: 60 }, async () => (await api(sb as Sandbox, token, 'GET', '/payment-order')).status));
    const failures = statuses.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(5);
    expect(failures).toBeLessThan(55);
  });

  it('answers 2000 too-many-requests with Retry-After', async () => {
    sb = await start({ faults: { tooManyRequestsRate: 1, retryAfterSeconds: 7 } });
    const res = await raw(sb, '/payment-order', { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(429);
    expect(res.body.error_code).toBe('2000');
    expect(res.headers.get('retry-after')).toBe('7');
  });

  it('expires tokens early while advertising the normal expires_in', async () => {
    sb = await start({ faults: { tokenTtlSeconds: 0 } });
    const res = await raw(sb, '/token', {
      method: 'POST',
      headers: { Accept: 'application/json', Authorization: `Basic ${Buffer.from(`${sb.clientId}:${sb.secret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&scope=*',
    });
    expect(res.body.expires_in).toBe(3600);
    expect((await api(sb, String(res.body.access_token), 'GET', '/payment-order')).body.error_code).toBe('1004');
    await admin(sb, 'POST', '/faults', { tokenTtlSeconds: null });
    expect((await api(sb, await login(sb), 'GET', '/payment-order')).status).toBe(200);
  });

  it('hangs API responses without blocking the admin API', async () => {
    sb = await start();
    const token = await login(sb);
    await admin(sb, 'POST', '/faults', { hang: true });
    const outcome = await fetch(`${sb.url}/payment-order`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(300),
    }).then(
      () => 'answered',
      (err: unknown) => (err instanceof Error ? err.name : 'error'),
    );
    expect(outcome).toBe('TimeoutError');
    const log = field<Json[]>(await admin(sb, 'GET', '/requests'), 'requests');
    expect(log.at(-1)).toMatchObject({ method: 'GET', path: '/payment-order', status: null });
    await admin(sb, 'POST', '/faults', { hang: false });
    expect((await api(sb, token, 'GET', '/payment-order')).status).toBe(200);
  });

  it('commit then drop: the order exists but the connection is cut before the response', async () => {
    sb = await start();
    const token = await login(sb);
    await admin(sb, 'POST', '/faults', { commitThenDrop: true });
    await expect(api(sb, token, 'POST', '/payment-order', { amount: '4.20', reference: 'dropped' })).rejects.toThrow();
    await admin(sb, 'POST', '/faults', { commitThenDrop: false });
    const list = (await api(sb, token, 'GET', '/payment-order')).body;
    expect(list.total_items).toBe(1);
    expect(field(list, 'paymentorders', 0, 'reference')).toBe('dropped');
    expect(field(list, 'paymentorders', 0, 'amount')).toBe('4.20');
  });

  it('commit then hang: the order exists, the create is never answered, other requests are', async () => {
    sb = await start();
    const token = await login(sb);
    await admin(sb, 'POST', '/faults', { commitThenHang: true });
    const abort = new AbortController();
    const create = raw(sb, '/payment-order', {
      method: 'POST', signal: abort.signal, body: JSON.stringify({ amount: '4.20', reference: 'stuck' }),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    });
    const settled = await Promise.race([create.then(() => 'answered', () => 'failed'), new Promise((resolve) => setTimeout(resolve, 300, 'waiting'))]);
    expect(settled).toBe('waiting');
    const list = (await api(sb, token, 'GET', '/payment-order')).body;
    expect(list.total_items).toBe(1);
    expect(field(list, 'paymentorders', 0, 'reference')).toBe('stuck');
    abort.abort();
    await create.catch(() => undefined);
    const logged = (await admin(sb, 'GET', '/requests')) as { requests: Json[] };
    expect(logged.requests.find((r) => r.method === 'POST' && r.path === '/payment-order')).toMatchObject({ status: null });
  });

  it('5xx after commit: the order exists, the answer is a 500 envelope or a proxy page without an error code', async () => {
    sb = await start();
    const token = await login(sb);
    await expect(admin(sb, 'POST', '/faults', { errorAfterCommit: 404 })).rejects.toThrow(/errorAfterCommit/);
    await admin(sb, 'POST', '/faults', { errorAfterCommit: 500 });
    const five = await api(sb, token, 'POST', '/payment-order', { amount: '4.20', reference: 'a' });
    expect(five).toMatchObject({ status: 500, body: { error_code: '4000' } });
    await admin(sb, 'POST', '/faults', { errorAfterCommit: 502 });
    const proxy = await fetch(`${sb.url}/payment-order`, {
      method: 'POST',
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ amount: '4.30', reference: 'b' }),
    });
    expect(proxy.status).toBe(502);
    expect(proxy.headers.get('content-type')).toMatch(/text\/html/);
    expect(await proxy.text()).toContain('502');
    await admin(sb, 'POST', '/faults', { errorAfterCommit: null });
    const list = (await api(sb, token, 'GET', '/payment-order?sort_order=asc')).body;
    expect(list.total_items).toBe(2);
    expect([field(list, 'paymentorders', 0, 'reference'), field(list, 'paymentorders', 1, 'reference')]).toEqual(['a', 'b']);
  });

  it('the Date header tells the sandbox clock, moved or not', async () => {
    sb = await start();
    const before = Date.parse((await raw(sb, '/payment-order')).headers.get('date') ?? '');
    expect(Math.abs(before - Date.now())).toBeLessThan(5_000);
    await admin(sb, 'POST', '/clock', { advanceSeconds: 1000 });
    const after = Date.parse((await raw(sb, '/payment-order')).headers.get('date') ?? '');
    expect(after - before).toBeGreaterThanOrEqual(999_000);
  });
});

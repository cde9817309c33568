import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from './server';
import { admin, api, createOrder, field, login, raw, start, type Json } from './test-util';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

describe('admin API', () => {
  it('logs every API request (not admin ones) and clears the log', async () => {
    sb = await start();
    const token = await login(sb);
    await api(sb, token, 'GET', '/payment-order?page=0');
    await api(sb, token, 'GET', '/payment-order/nope');
    await admin(sb, 'GET', '/orders');
    const log = field<Json[]>(await admin(sb, 'GET', '/requests'), 'requests');
    expect(log).toEqual([
      { method: 'POST', path: '/token', query: '', status: 200, at: expect.any(String), requestId: expect.any(String) },
      { method: 'GET', path: '/payment-order', query: 'page=0', status: 200, at: expect.any(String), requestId: expect.any(String) },
      { method: 'GET', path: '/payment-order/nope', query: '', status: 400, at: expect.any(String), requestId: expect.any(String) },
    ]);
    expect(log.filter((r) => r.path === '/token')).toHaveLength(1);
    await admin(sb, 'DELETE', '/requests');
    expect(await admin(sb, 'GET', '/requests')).toEqual({ requests: [] });
  });

  it('lists all orders with an internal view', async () => {
    sb = await start();
    const token = await login(sb);
    const o = await createOrder(sb, token, { amount: '3.00', continue_url: 'https://x.example/ok' });
    const body = await admin(sb, 'GET', '/orders');
    expect(body.count).toBe(1);
    expect(field(body, 'orders', 0)).toMatchObject({
      uuid: o.uuid,
      amount: '3.00',
      continue_url: 'https://x.example/ok',
      sandbox: { seq: 1, available_callbacks: expect.arrayContaining(['payment.completed']), available_steps: ['partial', 'mempool_unconfirmed', 'paid', 'expired', 'cancelled'] },
    });
    expect(await admin(sb, 'GET', `/orders/${String(o.uuid)}`)).toMatchObject({ uuid: o.uuid });
  });

  it('steps orders through the intermediate blockchain statuses, refusing impossible steps', async () => {
    sb = await start();
    const token = await login(sb);
    const uuid = String((await createOrder(sb, token)).uuid);
    const step = (to: string) => raw(sb as Sandbox, `/__sandbox/orders/${uuid}/step`, { method: 'POST', body: JSON.stringify({ to }) });
    expect((await step('unconfirmed')).body.error_code).toBe('0013');
    expect((await step('bogus')).body.error_code).toBe('0001');
    for (const to of ['partial', 'mempool_unconfirmed', 'unconfirmed', 'paid', 'possible_chargeback', 'paid', 'mempool_network_dispute', 'network_dispute', 'chargeback']) {
      const res = await step(to);
      expect(res.status, `${to}: ${res.text}`).toBe(200);
      expect(field(res.body, 'order', 'state', 'blockchain_status')).toBe(to);
    }
    const r = (await api(sb, token, 'GET', `/payment-order/${uuid}`)).body;
    expect(field(r, 'state', 'status')).toBe('chargeback');
    expect(field<Json[]>(r, 'transactions').every((t) => t.status === 'reverted')).toBe(true);
  });

  it('a partial payment of a chosen amount, and another one after it; refuses an amount that pays it all', async () => {
    sb = await start();
    const token = await login(sb);
    const uuid = String((await createOrder(sb, token, { amount: '20.00' })).uuid); // 50 000 sat
    const step = (body: Json) => raw(sb as Sandbox, `/__sandbox/orders/${uuid}/step`, { method: 'POST', body: JSON.stringify(body) });
    expect((await step({ to: 'partial', sats: 50_000 })).body.error_code).toBe('0001');
    expect((await step({ to: 'partial', sats: 0 })).body.error_code).toBe('0001');
    expect((await step({ to: 'paid', sats: 10 })).body.error_code).toBe('0001');
    expect((await step({ to: 'partial', sats: 'many' })).body.error_code).toBe('0001');
    expect((await step({ to: 'partial', sats: 20_000 })).status).toBe(200);
    let state = field<Json>((await api(sb, token, 'GET', `/payment-order/${uuid}`)).body, 'state');
    expect(state).toMatchObject({ blockchain_status: 'partial', paid: { crypto: 20_000 }, unpaid: { crypto: 30_000, fiat: '12.00' } });
    expect((await step({ to: 'partial', sats: 5_000 })).status).toBe(200);
    state = field<Json>((await api(sb, token, 'GET', `/payment-order/${uuid}`)).body, 'state');
    expect(state).toMatchObject({ blockchain_status: 'partial', paid: { crypto: 25_000 }, unpaid: { crypto: 25_000 } });
  });

  it('reset clears orders, tokens, logs and faults, optionally reseeding', async () => {
    sb = await start({ faults: { latencyMs: 1 } });
    const token = await login(sb);
    await createOrder(sb, token);
    await admin(sb, 'POST', '/faults', { errorRate: 0.1 });
    expect(await admin(sb, 'POST', '/reset')).toEqual({ ok: true, orders: 0 });
    expect((await admin(sb, 'GET', '/faults')).errorRate).toBe(0);
    expect((await admin(sb, 'GET', '/faults')).latencyMs).toBe(0);
    expect(await admin(sb, 'GET', '/requests')).toEqual({ requests: [] });
    expect((await api(sb, token, 'GET', '/payment-order')).body.error_code).toBe('1007');
    expect(await admin(sb, 'POST', '/reset', { seed: 25 })).toEqual({ ok: true, orders: 25 });
  });

  it('clock: reads and advances; refuses bad input', async () => {
    sb = await start();
    const before = await admin(sb, 'GET', '/clock');
    expect(before.offsetSeconds).toBe(0);
    const after = await admin(sb, 'POST', '/clock', { advanceSeconds: 86_400 });
    expect(Date.parse(String(after.now)) - Date.parse(String(before.now))).toBeGreaterThanOrEqual(86_400_000);
    expect((await raw(sb, '/__sandbox/clock', { method: 'POST', body: '{}' })).status).toBe(400);
    expect((await raw(sb, '/__sandbox/clock', { method: 'POST', body: '{"advanceSeconds":-5}' })).status).toBe(400);
    expect((await raw(sb, '/__sandbox/clock', { method: 'POST', body: 'nope' })).status).toBe(400);
  });

  it('index, health, unknown admin routes and methods', async () => {
    sb = await start();
    expect(await admin(sb, 'GET', '/health')).toEqual({ ok: true });
    expect(await admin(sb, 'GET', '')).toMatchObject({ name: 'webpos-sandbox', url: sb.url, clientId: sb.clientId });
    expect(JSON.stringify(await admin(sb, 'GET', ''))).not.toContain(sb.secret);
    expect((await raw(sb, '/__sandbox/nope')).status).toBe(404);
    expect((await raw(sb, '/__sandbox/orders', { method: 'DELETE' })).status).toBe(405);
  });
});

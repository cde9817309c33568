import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from './server';
import { admin, api, createOrder, field, login, start, waitFor } from './test-util';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

const statusOf = async (s: Sandbox, token: string, uuid: string) =>
  field<string>((await api(s, token, 'GET', `/payment-order/${uuid}`)).body, 'state', 'blockchain_status');

describe('expiry clock', () => {
  it('expires pending orders when the sandbox clock passes expiration_time', async () => {
    sb = await start();
    const token = await login(sb);
    const o = await createOrder(sb, token);
    const uuid = String(o.uuid);
    await admin(sb, 'POST', '/clock', { advanceSeconds: 899 });
    expect(await statusOf(sb, token, uuid)).toBe('pending');
    const clock = await admin(sb, 'POST', '/clock', { advanceSeconds: 2 });
    expect(clock.offsetSeconds).toBeCloseTo(901, 0);
    const r = (await api(sb, token, 'GET', `/payment-order/${uuid}`)).body;
    expect(field(r, 'state')).toMatchObject({ status: 'expired', blockchain_status: 'expired' });
    expect(field(r, 'resolved_at')).toBe(o.expiration_time);
    expect((await api(sb, token, 'GET', '/payment-order?status=expired')).body.total_items).toBe(1);
  });

  it('expires orders genuinely as real time passes (timer, no request needed)', async () => {
    sb = await start({ orderTtlSeconds: 1 });
    const token = await login(sb);
    const o = await createOrder(sb, token);
    expect(o.expires_in).toBe(1);
    const s = sb;
    await waitFor(async () => {
      const orders = field<{ state: { blockchain_status: string } }[]>(await admin(s, 'GET', '/orders'), 'orders');
      return orders[0]?.state.blockchain_status === 'expired' ? true : undefined;
    }, 4000);
  });

  it('does not expire orders whose full payment is already in flight', async () => {
    sb = await start();
    const token = await login(sb);
    const uuid = String((await createOrder(sb, token)).uuid);
    await admin(sb, 'POST', `/orders/${uuid}/step`, { to: 'mempool_unconfirmed' });
    await admin(sb, 'POST', '/clock', { advanceSeconds: 3000 });
    expect(await statusOf(sb, token, uuid)).toBe('mempool_unconfirmed');
  });

  it('partial orders expire keeping their partial payment', async () => {
    sb = await start();
    const token = await login(sb);
    const uuid = String((await createOrder(sb, token)).uuid);
    await admin(sb, 'POST', `/orders/${uuid}/step`, { to: 'partial' });
    await admin(sb, 'POST', '/clock', { advanceSeconds: 901 });
    const r = (await api(sb, token, 'GET', `/payment-order/${uuid}`)).body;
    expect(field(r, 'state')).toMatchObject({ status: 'expired', paid: { crypto: 10_000, fiat: '4.00' }, unpaid: { crypto: 15_000 } });
  });

  it('reset gives an expired order a fresh expiration window', async () => {
    sb = await start();
    const token = await login(sb);
    const uuid = String((await createOrder(sb, token)).uuid);
    await admin(sb, 'POST', '/clock', { advanceSeconds: 1000 });
    expect(await statusOf(sb, token, uuid)).toBe('expired');
    const reset = (await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/reset`)).body;
    expect(field(reset, 'state', 'blockchain_status')).toBe('pending');
    expect(Date.parse(String(reset.expiration_time))).toBeGreaterThan(Date.now() + 1000 * 1000);
  });

  it('config changes the TTL of new orders and tokens', async () => {
    sb = await start();
    expect(await admin(sb, 'POST', '/config', { orderTtlSeconds: 60, tokenTtlSeconds: 120 })).toEqual({ orderTtlSeconds: 60, tokenTtlSeconds: 120 });
    const login1 = await fetch(`${sb.url}/token`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        Authorization: `Basic ${Buffer.from(`${sb.clientId}:${sb.secret}`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials&scope=*',
    });
    const tokenBody = (await login1.json()) as { access_token: string; expires_in: number };
    expect(tokenBody.expires_in).toBe(120);
    const o = await createOrder(sb, tokenBody.access_token);
    expect(o.expires_in).toBe(60);
    await admin(sb, 'POST', '/clock', { advanceSeconds: 121 });
    expect((await api(sb, tokenBody.access_token, 'GET', '/payment-order')).body.error_code).toBe('1004');
  });
});

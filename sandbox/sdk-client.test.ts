// The project's SDK (src/sdk) against the sandbox: every method, with the SDK validating each
// response against its schemas, so a shape drift on either side fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../src/sdk/index';
import type { Sandbox } from './server';
import { admin, field, start, type Json } from './test-util';

let sb: Sandbox;
let client: Client;

beforeAll(async () => {
  sb = await start({ seed: 30 });
  client = new Client({ mode: 'sandbox', clientId: sb.clientId, secret: sb.secret, baseUrl: sb.url });
});
afterAll(() => sb.close());

describe('SDK Client against the sandbox', () => {
  it('runs the whole order lifecycle', async () => {
    const login = await client.clientCredentialsLogin();
    expect(login.token_type).toBe('Bearer');

    const created = await client.createPaymentOrder({ amount: '12.50', reference: 'till-2 #1042', details: '2 espresso' });
    expect(created.amount).toBe(31_250);

    const order = await client.getPaymentOrder(created.uuid);
    expect(order.state.status).toBe('pending');

    const list = await client.getPaymentOrders({ pageSize: 40, sortBy: 'amount', sortOrder: 'asc' });
    expect(list.total_items).toBe(31);
    expect(list.paymentorders).toHaveLength(31);

    const callbacks = await client.getCallbacks(created.uuid);
    expect(callbacks.callbacks.map((c) => c.name)).toContain('payment.overpaid');

    await client.paymentUpdate(created.uuid, { callback: 'payment.overpaid' });
    expect((await client.getPaymentOrder(created.uuid)).state.status).toBe('paid');

    const reset = await client.paymentReset(created.uuid);
    expect(reset.state.blockchain_status).toBe('pending');

    const deleted = await client.deletePaymentOrder(created.uuid);
    expect(deleted.cancel_url).toMatch(/^https:\/\//);
  });

  it('parses every seeded status through the SDK schemas', async () => {
    const seen = new Set<string>();
    for (let page = 0; page < 2; page++) {
      const list = await client.getPaymentOrders({ page, pageSize: 20 });
      for (const o of list.paymentorders) seen.add(o.state.blockchain_status);
    }
    expect(seen.size).toBe(11);
  });

  it('logs in once for many requests and again after 1004', async () => {
    await admin(sb, 'DELETE', '/requests');
    const fresh = new Client({ mode: 'sandbox', clientId: sb.clientId, secret: sb.secret, baseUrl: sb.url });
    await Promise.all(Array.from({ length: 5 }, () => fresh.getPaymentOrders()));
    const logins = async () => field<Json[]>(await admin(sb, 'GET', '/requests'), 'requests').filter((r) => r.path === '/token').length;
    expect(await logins()).toBe(1);
    // The SDK still trusts its cached token (its clock did not move); the sandbox answers 1004.
    await admin(sb, 'POST', '/clock', { advanceSeconds: 3600 });
    await fresh.getPaymentOrders();
    expect(await logins()).toBe(2);
  });
});

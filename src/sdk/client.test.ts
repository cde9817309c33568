import { describe, expect, it } from 'vitest';
import { CLIENT_ID, SECRET, BASIC, useFakeWebpos } from './fake-webpos.test-util';
import { ORDER_UUID } from './fixtures.test-util';
import { Client, ValidationError } from './index';

const fake = useFakeWebpos();
const { makeClient, apiRequests } = fake;

describe('requests on the wire', () => {
  it('logs in with Basic auth and a form body, then sends Bearer + protocol headers', async () => {
    const client = makeClient();
    const order = await client.createPaymentOrder({ amount: '10.00', reference: 'till-3', callback_url: 'https://m.example/cb' });
    expect(order.amount).toBe(25000);
    expect(order).not.toHaveProperty('an_undocumented_field');

    const [login, create] = fake.server.requests;
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
    expect(fake.server.requests.filter((r) => r.path === '/token')).toHaveLength(1);
  });

  it('clientCredentialsLogin performs a fresh login whose token later calls use', async () => {
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    const res = await client.clientCredentialsLogin();
    expect(res).toMatchObject({ access_token: 'tok-2', token_type: 'Bearer', expires_in: 3600, scope: '*' });
    await client.getCallbacks(ORDER_UUID);
    expect(apiRequests()[1]?.headers.authorization).toBe('Bearer tok-2');
    expect(fake.api.ctl.logins).toBe(2);
  });

  it('describe() shows mode, base URL and client id but never the secret', () => {
    const client = makeClient();
    expect(client.describe()).toEqual({ mode: 'sandbox', baseUrl: fake.server.url, clientId: CLIENT_ID });
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
    expect(calls).toEqual([`POST ${fake.server.url}/token`, `GET ${fake.server.url}/payment-order/${ORDER_UUID}`]);
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
    expect(fake.server.requests).toHaveLength(0);
  });
});

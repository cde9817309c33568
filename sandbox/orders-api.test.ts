import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS_PATTERN } from './address';
import type { Sandbox } from './server';
import { admin, api, createOrder, field, login, start, type Json } from './test-util';

let sb: Sandbox;
let token: string;

beforeAll(async () => {
  sb = await start();
  token = await login(sb);
});
afterAll(() => sb.close());

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

describe('create and get', () => {
  it('creates an order with the PaymentOrderCreationResponse shape', async () => {
    const before = Date.now();
    const res = await api(sb, token, 'POST', '/payment-order', {
      amount: '10.00',
      reference: 'till-3 #1042',
      details: '2 espresso',
      continue_url: 'https://shop.example/thanks',
      cancel_url: 'https://shop.example/cancelled',
      callback_url: 'https://shop.example/hook',
      required_confirmations: 1,
    });
    expect(res.status).toBe(201);
    const o = res.body;
    expect(Object.keys(o).sort()).toEqual(
      ['address', 'amount', 'created_at', 'expiration_time', 'expires_in', 'rate', 'redirect_url', 'reference', 'uri', 'uuid'].sort(),
    );
    expect(o.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(o.address).toMatch(ADDRESS_PATTERN);
    expect(o.amount).toBe(25_000);
    expect(o.uri).toBe(`bitcoin:${String(o.address)}?amount=0.00025`);
    expect(o.expires_in).toBe(900);
    expect(Date.parse(String(o.expiration_time)) - Date.parse(String(o.created_at))).toBe(900_000);
    expect(Date.parse(String(o.created_at))).toBeGreaterThanOrEqual(before - 1000);
    expect(o.redirect_url).toMatch(/^https:\/\//);
    expect(o.rate).toEqual({ source: expect.any(String), value: '40000.00', created_at: expect.stringMatching(ISO), from: 'BTC', to: 'EUR' });
    expect(o.reference).toBe('till-3 #1042');

    const got = await api(sb, token, 'GET', `/payment-order/${String(o.uuid)}`);
    expect(got.status).toBe(200);
    const r = got.body;
    expect(r).toMatchObject({
      uuid: o.uuid,
      amount: '10.00',
      btc_amount: 25_000,
      address: o.address,
      uri: o.uri,
      state: {
        status: 'pending',
        blockchain_status: 'pending',
        paid: { crypto: 0, fiat: '0.00' },
        in_confirmation: null,
        unpaid: { crypto: 25_000, fiat: '10.00' },
      },
      transactions: [],
      rate: o.rate,
      currency: { uuid: expect.any(String), name: 'EUR', type: 'fiat' },
      created_by: { uuid: expect.any(String), name: expect.any(String), type: 'web', active: true, deposit_account: { uuid: expect.any(String), name: expect.any(String), type: 'bitcoin' } },
      required_confirmations: 1,
      expires_in: 900,
      expiration_time: o.expiration_time,
      created_at: o.created_at,
      resolved_at: null,
      chargeback_date: null,
      dispute_start_date: null,
      reference: 'till-3 #1042',
      details: '2 espresso',
      callback_url: 'https://shop.example/hook',
      redirect_url: o.redirect_url,
    });
    expect(r).not.toHaveProperty('continue_url');
  });

  it('normalises amounts and defaults optional fields', async () => {
    const o = await createOrder(sb, token, { amount: '7.5', details: null, reference: null });
    const r = (await api(sb, token, 'GET', `/payment-order/${String(o.uuid)}`)).body;
    expect(r).toMatchObject({ amount: '7.50', btc_amount: 18_750, reference: null, details: null, callback_url: null, required_confirmations: 3 });
  });

  it('accepts upper-case uuids and trailing slashes', async () => {
    const o = await createOrder(sb, token);
    const uuid = String(o.uuid);
    expect((await api(sb, token, 'GET', `/payment-order/${uuid.toUpperCase()}`)).status).toBe(200);
    expect((await api(sb, token, 'GET', `/payment-order/${uuid}/`)).status).toBe(200);
    expect((await api(sb, token, 'GET', `/payment-order/${uuid}/callbacks/`)).status).toBe(200);
  });
});

describe('callbacks, update, reset, delete', () => {
  it('lists callbacks, applies one, resets and deletes', async () => {
    const o = await createOrder(sb, token);
    const uuid = String(o.uuid);
    const cbs = await api(sb, token, 'GET', `/payment-order/${uuid}/callbacks`);
    expect(cbs.body).toEqual({
      callbacks: [{ name: 'payment.completed' }, { name: 'payment.overpaid' }, { name: 'payment.expired' }, { name: 'payment.cancelled' }],
    });

    const upd = await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/`, { callback: 'payment.completed' });
    expect(upd.status).toBe(204);
    expect(upd.text).toBe('');
    const paid = (await api(sb, token, 'GET', `/payment-order/${uuid}`)).body;
    expect(field(paid, 'state', 'status')).toBe('paid');
    expect(field(paid, 'resolved_at')).toMatch(ISO);
    const txs = field<Json[]>(paid, 'transactions');
    expect(txs).toHaveLength(1);
    expect(txs[0]).toMatchObject({ txid: expect.stringMatching(/^[0-9a-f]{64}$/), normalized_txid: expect.stringMatching(/^[0-9a-f]{64}$/), status: 'confirmed', blockchain_status: 'confirmed', outs_sum: 25_000, outs: [{ n: expect.any(Number), amount: 25_000 }] });
    expect((await api(sb, token, 'GET', `/payment-order/${uuid}/callbacks`)).body).toEqual({
      callbacks: [{ name: 'payment.dispute.start' }, { name: 'payment.chargeback' }],
    });

    const reset = await api(sb, token, 'PATCH', `/payment-order/${uuid}/test/reset`);
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ uuid, state: { status: 'pending', blockchain_status: 'pending' }, transactions: [], resolved_at: null });

    const del = await api(sb, token, 'DELETE', `/payment-order/${uuid}`);
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ cancel_url: expect.stringMatching(/^https:\/\//) });
    const cancelled = (await api(sb, token, 'GET', `/payment-order/${uuid}`)).body;
    expect(field(cancelled, 'state')).toMatchObject({ status: 'cancelled', blockchain_status: 'cancelled' });
    expect((await api(sb, token, 'GET', `/payment-order/${uuid}/callbacks`)).body).toEqual({ callbacks: [] });
    expect((await api(sb, token, 'DELETE', `/payment-order/${uuid}`)).body.error_code).toBe('1012');
  });

  it('returns the order cancel_url when one was given', async () => {
    const o = await createOrder(sb, token, { amount: '1.00', cancel_url: 'https://shop.example/c' });
    expect((await api(sb, token, 'DELETE', `/payment-order/${String(o.uuid)}`)).body).toEqual({ cancel_url: 'https://shop.example/c' });
  });
});

describe('list', () => {
  let local: Sandbox;
  let t: string;
  const amounts = ['5.00', '1.00', '9.50', '3.00', '7.25', '2.00', '8.00'];

  beforeAll(async () => {
    local = await start();
    t = await login(local);
    for (const amount of amounts) {
      await createOrder(local, t, { amount });
      await admin(local, 'POST', '/clock', { advanceSeconds: 1 });
    }
  });
  afterAll(() => local.close());

  const list = async (query: string) => (await api(local, t, 'GET', `/payment-order${query}`)).body;
  const amountsOf = (body: Json) => field<Json[]>(body, 'paymentorders').map((o) => o.amount);

  it('defaults to created_at desc, page 0, page_size 20', async () => {
    const body = await list('');
    expect(body.total_items).toBe(7);
    expect(body.total_pages).toBe(1);
    expect(amountsOf(body)).toEqual([...amounts].reverse());
  });

  it('sorts by amount and created_at both ways', async () => {
    expect(amountsOf(await list('?sort_by=amount&sort_order=asc'))).toEqual(['1.00', '2.00', '3.00', '5.00', '7.25', '8.00', '9.50']);
    expect(amountsOf(await list('?sort_by=amount'))).toEqual(['9.50', '8.00', '7.25', '5.00', '3.00', '2.00', '1.00']);
    expect(amountsOf(await list('?sort_by=created_at&sort_order=asc'))).toEqual(amounts);
  });

  it('pages with total_items and total_pages', async () => {
    const p0 = await list('?page_size=3&sort_order=asc');
    const p2 = await list('?page_size=3&page=2&sort_order=asc');
    const p3 = await list('?page_size=3&page=3&sort_order=asc');
    expect([p0.total_items, p0.total_pages]).toEqual([7, 3]);
    expect(amountsOf(p0)).toEqual(['5.00', '1.00', '9.50']);
    expect(amountsOf(p2)).toEqual(['8.00']);
    expect(amountsOf(p3)).toEqual([]);
    expect(p3.total_pages).toBe(3);
    expect((await list('?page_size=40')).total_pages).toBe(1);
    expect((await list('?page_size=1')).total_pages).toBe(7);
  });

  it('filters by blockchain status', async () => {
    const all = field<Json[]>(await list('?sort_order=asc'), 'paymentorders');
    const first = String(all[0]?.uuid);
    const second = String(all[1]?.uuid);
    await api(local, t, 'PATCH', `/payment-order/${first}/test/`, { callback: 'payment.completed' });
    await admin(local, 'POST', `/orders/${second}/step`, { to: 'partial' });
    const paid = await list('?status=paid');
    expect([paid.total_items, paid.total_pages]).toEqual([1, 1]);
    expect(field(paid, 'paymentorders', 0, 'uuid')).toBe(first);
    const partial = await list('?status=partial');
    expect(field(partial, 'paymentorders', 0, 'uuid')).toBe(second);
    expect(field(partial, 'paymentorders', 0, 'state', 'status')).toBe('pending');
    expect((await list('?status=pending')).total_items).toBe(5);
    const none = await list('?status=chargeback');
    expect([none.total_items, none.total_pages, none.paymentorders]).toEqual([0, 0, []]);
    expect((await list('?status=&page=')).total_items).toBe(7);
  });
});

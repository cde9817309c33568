import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { ConnectionError, createHttpError, TimeoutError, ValidationError } from '../../sdk';
import { saleCodeOf } from '../../messaging/sale-code';
import { OrderCache } from '../orders/order-cache';
import { OrdersService } from '../orders/orders-service';
import { OrderCreator } from './order-creator';
import { idbOutbox } from './outbox-store';
import { FakeApi, order } from '../platform/test-fakes.test-util';

let n = 0;
function setup() {
  n += 1;
  const fake = new FakeApi();
  const cache = new OrderCache(`test-outbox-orders-${n}`);
  const outbox = idbOutbox(createStore(`test-outbox-${n}`, 'kv'));
  const orders = new OrdersService({ cache, api: fake.api, offlineSince: () => null });
  const make = () => new OrderCreator({ api: fake.api, outbox, orders, cache, now: () => fake.now });
  return { fake, cache, outbox, orders, creator: make(), make };
}

const req = { amount: '27.00', reference: 'Table 4', details: 'Lunch' };
const creates = (fake: FakeApi) => fake.calls.filter((c) => c === 'create').length;
const deletes = (fake: FakeApi) => fake.calls.filter((c) => c.startsWith('delete'));
const offline = () => new ConnectionError('GET', 'http://127.0.0.1:1/payment-order', new TypeError('Failed to fetch'));
const http = (status: number, errorCode: string) =>
  createHttpError({ status, errorCode, debugInfo: { request: { method: 'POST', url: 'u', headers: {}, body: null, query: {} }, response: null } });
/** Another till on the same account: an order with the same amount and reference, no sale code of ours. */
const otherTill = (fake: FakeApi, k: number, status: 'pending' | 'paid', agoMs: number) =>
  order(k, status, new Date(fake.now - agoMs).toISOString(), { amount: '27.00', reference: 'Table 4', details: 'Lunch' });
/** The server's order list, order by order: [reference, status]. */
const serverOrders = (fake: FakeApi) => fake.orders.map((o) => [o.reference, o.state.blockchain_status]);

describe('order.create: one order per attempt, carrying its sale code', () => {
  it('appends a fresh sale code to the reference, or uses it alone, and joins repeats of the same attempt', async () => {
    const { fake, creator, make } = setup();
    const [a, b] = await Promise.all([creator.create(req, 'attempt-1'), creator.create(req, 'attempt-1')]);
    expect(a.order.uuid).toBe(b.order.uuid);
    expect(a.order.reference).toMatch(/^Table 4 #[0-9A-HJKMNP-TV-Z]{8}$/);
    // A restarted worker (a new creator) still knows the attempt from the outbox.
    expect((await make().create(req, 'attempt-1')).order.uuid).toBe(a.order.uuid);
    const blank = await creator.create({ amount: '5' }, 'attempt-2');
    expect(blank.order.reference).toMatch(/^#[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(saleCodeOf(blank.order.reference)).not.toBe(saleCodeOf(a.order.reference));
    expect(creates(fake)).toBe(2);
  });

  it('refuses a typed reference that leaves no room for the sale code, sending nothing', async () => {
    const { fake, creator } = setup();
    await expect(creator.create({ amount: '1', reference: 'x'.repeat(291) }, 'a')).rejects.toMatchObject({ code: 'validation', fields: [{ field: 'reference' }] });
    expect(fake.calls).toEqual([]);
  });

  it('refuses to reuse an attempt id for a different order', async () => {
    const { creator } = setup();
    await creator.create(req, 'a');
    await expect(creator.create({ ...req, amount: '28.00' }, 'a')).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('order.create after a lost answer: adopts only its own order', () => {
  it('drop after commit: adopts its order, never another till’s identical paid or pending one, cancels nothing', async () => {
    const { fake, creator } = setup();
    fake.orders = [otherTill(fake, 1, 'paid', 1000), otherTill(fake, 2, 'pending', 500)];
    fake.commitThenDrop = true;
    const created = await creator.create(req, 'attempt-1');
    expect(created.order.uuid).not.toBe(fake.orders[0]!.uuid);
    expect(created.order.uuid).not.toBe(fake.orders[1]!.uuid);
    expect(created.order.state.status).toBe('pending');
    expect(created.createdHere).toBe(true);
    expect(deletes(fake)).toEqual([]);
    const code = saleCodeOf(created.order.reference)!;
    expect(serverOrders(fake)).toEqual([['Table 4', 'paid'], ['Table 4', 'pending'], [`Table 4 #${code}`, 'pending']]);
  });

  it('5xx after commit (a proxy’s 502): adopts the order instead of calling it not created', async () => {
    const { fake, creator } = setup();
    fake.failAfterCommit = http(502, '');
    const created = await creator.create(req, 'attempt-1');
    expect(creates(fake)).toBe(1);
    expect(created.order.uuid).toBe(fake.orders[0]!.uuid);
  });

  it('a browser resend made two copies of this attempt: keeps the earliest, cancels only the other copy', async () => {
    const { fake, creator, outbox } = setup();
    fake.orders = [otherTill(fake, 1, 'pending', 2000)];
    fake.commitThenDrop = true;
    // The worker sends once; the browser's resend commits a second copy of the same request.
    const realCreate = fake.client.createPaymentOrder;
    fake.client.createPaymentOrder = async (o) => {
      await realCreate(o).catch(() => undefined);
      return realCreate(o);
    };
    const created = await creator.create(req, 'attempt-1');
    const [, first, second] = fake.orders;
    expect(created.order.uuid).toBe(first!.uuid);
    expect(deletes(fake)).toEqual([`delete ${second!.uuid}`]);
    expect(serverOrders(fake).map(([, s]) => s)).toEqual(['pending', 'pending', 'cancelled']);
    expect((await outbox.get('attempt-1'))?.state).toBe('done');
  });

  it('a 2xx naming another reference is not trusted: the order is found by its sale code', async () => {
    const { fake, creator } = setup();
    const realCreate = fake.client.createPaymentOrder;
    fake.client.createPaymentOrder = async (o) => ({ ...(await realCreate(o)), reference: 'someone else' });
    const created = await creator.create(req, 'attempt-1');
    expect(created.order.reference).toMatch(/^Table 4 #/);
    expect(fake.calls).toContain('list all 0');
  });

  it('never adopts its own order once money is on it, nor cancels it', async () => {
    const { fake, creator, outbox } = setup();
    fake.commitThenDrop = true;
    const realCreate = fake.client.createPaymentOrder;
    fake.client.createPaymentOrder = async (o) => {
      try {
        return await realCreate(o);
      } finally {
        const made = fake.orders.at(-1)!;
        made.state = { ...made.state, status: 'paid', blockchain_status: 'paid', paid: { crypto: made.btc_amount, fiat: made.amount } };
      }
    };
    await expect(creator.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'create_held' });
    expect(deletes(fake)).toEqual([]);
    expect((await outbox.get('attempt-1'))?.state).toBe('uncertain');
    expect(serverOrders(fake).map(([, s]) => s)).toEqual(['paid']);
  });

  it('its own order already expired: says so and forgets the attempt, so the next press makes a new one', async () => {
    const { fake, creator, outbox } = setup();
    fake.commitThenDrop = true;
    const realCreate = fake.client.createPaymentOrder;
    fake.client.createPaymentOrder = async (o) => {
      try {
        return await realCreate(o);
      } finally {
        const made = fake.orders.at(-1)!;
        made.state = { ...made.state, status: 'expired', blockchain_status: 'expired' };
      }
    };
    await expect(creator.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'create_ended' });
    expect(await outbox.get('attempt-1')).toBeUndefined();
  });
});

describe('order.create when the server made nothing, or cannot be asked', () => {
  it('a timeout with nothing made: "not created" only after looking, then a retry sends the same sale code', async () => {
    const { fake, creator, outbox } = setup();
    const realCreate = fake.client.createPaymentOrder;
    fake.client.createPaymentOrder = async () => {
      fake.calls.push('create');
      throw new TimeoutError('POST', 'http://127.0.0.1:1/payment-order', 5);
    };
    await expect(creator.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'not_created', message: expect.stringMatching(/^No order was made for sale code #[0-9A-Z]{8}\./), details: expect.stringContaining('Cause: ') });
    const code = (await outbox.get('attempt-1'))!.saleCode;
    fake.client.createPaymentOrder = realCreate;
    const created = await creator.create(req, 'attempt-1');
    expect(saleCodeOf(created.order.reference)).toBe(code);
    expect(creates(fake)).toBe(2);
    expect(fake.orders).toHaveLength(1);
  });

  it('offline while checking: unsure (never "not created"); a later check adopts without sending again', async () => {
    const { fake, creator } = setup();
    fake.commitThenDrop = true;
    const realList = fake.client.getPaymentOrders;
    fake.client.getPaymentOrders = async () => {
      throw offline();
    };
    await expect(creator.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'create_uncertain', message: expect.stringContaining('could not be asked whether the order for sale code'), details: expect.stringContaining('Cause: connection') });
    await expect(creator.check('attempt-1')).rejects.toMatchObject({ code: 'create_uncertain' });
    fake.client.getPaymentOrders = realList;
    const checked = await creator.check('attempt-1');
    expect(checked).toMatchObject({ state: 'made', created: { order: { uuid: fake.orders[0]!.uuid } } });
    expect(creates(fake)).toBe(1);
  });

  it('a check never sends: nothing on the server is "not made", with the sale code to look for', async () => {
    const { fake, creator, outbox } = setup();
    fake.client.createPaymentOrder = async () => {
      fake.calls.push('create');
      throw http(504, '');
    };
    await expect(creator.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'not_created' });
    const checked = await creator.check('attempt-1');
    expect(checked).toEqual({ state: 'not_made', saleCode: (await outbox.get('attempt-1'))!.saleCode });
    expect(await creator.check('never-seen')).toEqual({ state: 'forgotten' });
    expect(creates(fake)).toBe(1);
  });

  it('made but not loaded, then Create again: loads it by uuid, never sends or searches again', async () => {
    const { fake, creator } = setup();
    const realGet = fake.client.getPaymentOrder;
    fake.client.getPaymentOrder = async () => {
      throw new (await import('../../sdk')).NotFoundError({ status: 404, errorCode: '3001', debugInfo: { request: { method: 'GET', url: 'u', headers: {}, body: null, query: {} }, response: null } });
    };
    await expect(creator.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'created_not_loaded' });
    fake.client.getPaymentOrder = realGet;
    fake.calls = [];
    const created = await creator.create(req, 'attempt-1');
    expect(created.order.uuid).toBe(fake.orders[0]!.uuid);
    expect(fake.calls).toEqual([`get ${fake.orders[0]!.uuid}`]);
    expect(fake.orders).toHaveLength(1);
  });

  it('two unsure attempts for the same sale, and a restarted worker: each claims only its own order', async () => {
    const { fake, creator, make } = setup();
    fake.commitThenDrop = true;
    const realList = fake.client.getPaymentOrders;
    fake.client.getPaymentOrders = async () => {
      throw offline();
    };
    await expect(creator.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'create_uncertain' });
    await expect(creator.create(req, 'attempt-2')).rejects.toMatchObject({ code: 'create_uncertain' });
    fake.client.getPaymentOrders = realList;
    fake.orders.push(otherTill(fake, 7, 'pending', 0));
    const restarted = make();
    const second = await restarted.check('attempt-2');
    const first = await restarted.check('attempt-1');
    if (first.state !== 'made' || second.state !== 'made') throw new Error('both should be made');
    expect(first.created.order.uuid).toBe(fake.orders[0]!.uuid);
    expect(second.created.order.uuid).toBe(fake.orders[1]!.uuid);
    expect(deletes(fake)).toEqual([]);
    expect(creates(fake)).toBe(2);
  });

  it('forgets an attempt the server refused (4xx), so a corrected retry creates', async () => {
    const { fake, creator } = setup();
    const real = fake.client.createPaymentOrder;
    fake.client.createPaymentOrder = async () => {
      throw new ValidationError('order', [{ field: 'amount', rule: 'positive', message: 'Must be greater than zero' }]);
    };
    await expect(creator.create({ amount: '-5' }, 'attempt-1')).rejects.toMatchObject({ code: 'validation' });
    fake.client.createPaymentOrder = real;
    await expect(creator.create({ amount: '5' }, 'attempt-1')).resolves.toMatchObject({ createdHere: true });
    expect(fake.calls.filter((c) => c.startsWith('list'))).toEqual([]);
  });
});

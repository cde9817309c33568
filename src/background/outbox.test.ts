import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { OrderCache } from './order-cache';
import { OrdersService } from './orders';
import { idbOutbox, matchesAttempt, OrderCreator, sameAmount } from './outbox';
import { FakeApi, order } from './test-fakes.test-util';

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

const req = { amount: '10.00', reference: 'Table 4', details: 'Lunch' };
const creates = (fake: FakeApi) => fake.calls.filter((c) => c === 'create').length;

describe('order.create dedupe', () => {
  it('makes one order per attemptId, joining concurrent and returning repeated requests', async () => {
    const { fake, creator, make } = setup();
    const [a, b] = await Promise.all([creator.create(req, 'attempt-1'), creator.create(req, 'attempt-1')]);
    expect(a.order.uuid).toBe(b.order.uuid);
    expect(a.createdHere).toBe(true);
    // A restarted worker (a new creator) still knows the attempt from the outbox.
    const c = await make().create(req, 'attempt-1');
    expect(c.order.uuid).toBe(a.order.uuid);
    expect(c.creation.uuid).toBe(a.order.uuid);
    expect(creates(fake)).toBe(1);
    const d = await creator.create(req, 'attempt-2');
    expect(d.order.uuid).not.toBe(a.order.uuid);
    expect(creates(fake)).toBe(2);
  });

  it('adopts the order the server made when the connection dropped after commit', async () => {
    const { fake, creator, orders } = setup();
    fake.orders = [order(1, 'pending', new Date(fake.now - 60_000).toISOString(), { amount: '10.00', reference: 'Table 4', details: 'Lunch' })];
    fake.commitThenDrop = true;
    const created = await creator.create(req, 'attempt-1');
    expect(creates(fake)).toBe(1);
    expect(created.order.reference).toBe('Table 4');
    // Not the older identical order already on the server before the attempt... unless within skew; it picks the earliest
    // unclaimed match after (attempt start - skew). The older one is 60 s before: within the 5 min skew, so make sure
    // a second dropped attempt adopts the other one and never the same order twice.
    const again = await creator.create(req, 'attempt-2');
    expect(again.order.uuid).not.toBe(created.order.uuid);
    expect((await orders.pendingCreated()).map((r) => r.uuid).sort()).toEqual([created.order.uuid, again.order.uuid].sort());
  });

  it('cancels extra copies a browser resend made, keeping the earliest', async () => {
    const { fake, creator } = setup();
    fake.commitThenDrop = true;
    // Simulate the browser's own resend: the first create commits a copy before ours.
    await fake.client.createPaymentOrder(req).catch(() => undefined);
    fake.calls = [];
    const created = await creator.create(req, 'attempt-1');
    const copies = fake.orders.filter((o) => o.reference === 'Table 4');
    expect(copies).toHaveLength(2);
    expect(created.order.uuid).toBe(copies[0]!.uuid);
    expect(fake.orders.find((o) => o.uuid === copies[1]!.uuid)!.state.status).toBe('cancelled');
  });

  it('says it is safe to retry when the server made nothing', async () => {
    const { fake, creator, outbox } = setup();
    fake.commitThenDrop = true;
    fake.client.createPaymentOrder = async () => {
      fake.calls.push('create');
      throw new (await import('../sdk')).TimeoutError('POST', 'http://127.0.0.1:1/payment-order', 5);
    };
    await expect(creator.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('safe to try again') });
    expect(await outbox.all()).toEqual([]);
  });

  it('keeps an attempt uncertain while offline, and adopts on the next press', async () => {
    const { fake, creator } = setup();
    fake.commitThenDrop = true;
    const realList = fake.client.getPaymentOrders;
    fake.client.getPaymentOrders = async () => {
      throw new (await import('../sdk')).ConnectionError('GET', 'http://127.0.0.1:1/payment-order', null);
    };
    await expect(creator.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'connection', message: expect.stringContaining('never makes a second order') });
    fake.client.getPaymentOrders = realList;
    fake.commitThenDrop = false;
    // The cashier presses Create again (a fresh attempt id): the uncertain one is settled first.
    const created = await creator.create(req, 'attempt-2');
    expect(creates(fake)).toBe(1);
    expect(created.order.reference).toBe('Table 4');
  });

  it('forgets an attempt the server refused, so a corrected retry creates', async () => {
    const { fake, creator } = setup();
    const real = fake.client.createPaymentOrder;
    const { ValidationError } = await import('../sdk');
    fake.client.createPaymentOrder = async () => {
      throw new ValidationError('order', [{ field: 'amount', rule: 'positive', message: 'Must be greater than zero' }]);
    };
    await expect(creator.create({ amount: '-5' }, 'attempt-1')).rejects.toMatchObject({ code: 'validation' });
    fake.client.createPaymentOrder = real;
    await expect(creator.create({ amount: '5' }, 'attempt-1')).resolves.toMatchObject({ createdHere: true });
  });
});

describe('matching an attempt', () => {
  it('compares amounts as numbers and blank texts as equal', () => {
    expect(sameAmount('10', '10.00')).toBe(true);
    expect(sameAmount('10.5', '10.50')).toBe(true);
    expect(sameAmount('010.5', '10.5')).toBe(true);
    expect(sameAmount('10.05', '10.5')).toBe(false);
    expect(sameAmount('100', '10')).toBe(false);
    const o = order(1, 'pending', new Date().toISOString(), { amount: '10.00', reference: null, details: null });
    expect(matchesAttempt({ amount: '10' }, o)).toBe(true);
    expect(matchesAttempt({ amount: '10', reference: 'x' }, o)).toBe(false);
  });
});

import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { ConnectionError } from '../../sdk';
import { saleCodeOf } from '../../messaging/sale-code';
import { OrderCache } from '../orders/order-cache';
import { OrdersService } from '../orders/orders-service';
import { OrderCreator } from './order-creator';
import { idbOutbox } from './outbox-store';
import { FakeApi } from '../platform/test-fakes.test-util';

let n = 0;
function till() {
  n += 1;
  const fake = new FakeApi();
  const cache = new OrderCache(`test-create-again-orders-${n}`);
  const outbox = idbOutbox(createStore(`test-create-again-${n}`, 'kv'));
  const orders = new OrdersService({ cache, api: fake.api, offlineSince: () => null });
  const creator = () => new OrderCreator({ api: fake.api, outbox, orders, cache, now: () => fake.now });
  return { fake, creator };
}

const req = { amount: '12.50', reference: 'Table 9' };
const offline = () => new ConnectionError('GET', 'http://127.0.0.1:1/payment-order', new TypeError('Failed to fetch'));

/** The order is made, its answer is lost, and WebPOS cannot be asked: the outcome is unsure. */
async function unsure(fake: FakeApi, creator: OrderCreator) {
  fake.commitThenDrop = true;
  const list = fake.client.getPaymentOrders;
  fake.client.getPaymentOrders = async () => {
    throw offline();
  };
  await expect(creator.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'create_uncertain' });
  fake.commitThenDrop = false;
  fake.client.getPaymentOrders = list;
}

describe('Create pressed again with the same attempt id after an unsure result', () => {
  it('finds the order the first press made and makes no second one', async () => {
    const { fake, creator } = till();
    const c = creator();
    await unsure(fake, c);
    expect(fake.orders).toHaveLength(1);
    const again = await c.create(req, 'attempt-1');
    expect(again.order.uuid).toBe(fake.orders[0]!.uuid);
    expect(fake.calls.filter((call) => call === 'create')).toHaveLength(1);
    expect(fake.orders).toHaveLength(1);
  });

  it('after a worker restart too (the attempt is in the outbox, not in memory)', async () => {
    const { fake, creator } = till();
    await unsure(fake, creator());
    const again = await creator().create(req, 'attempt-1');
    expect(again.order.uuid).toBe(fake.orders[0]!.uuid);
    expect(fake.orders).toHaveLength(1);
    expect(saleCodeOf(again.order.reference)).toBe(saleCodeOf(fake.orders[0]!.reference));
  });

  it('while still offline: unsure again, and nothing sent a second time', async () => {
    const { fake, creator } = till();
    const c = creator();
    await unsure(fake, c);
    fake.client.getPaymentOrders = async () => {
      throw offline();
    };
    await expect(c.create(req, 'attempt-1')).rejects.toMatchObject({ code: 'create_uncertain' });
    expect(fake.calls.filter((call) => call === 'create')).toHaveLength(1);
    expect(fake.orders).toHaveLength(1);
  });
});

describe('Create pressed again for an unsure sale by whoever is at the till now', () => {
  const by = (cashier: string) => ({ ...req, details: `Tavolo 9 [till:Cassa 2][cashier:${cashier}]` });

  it('another cashier pressing again finds the first press’s order, which keeps its first cashier', async () => {
    const { fake, creator } = till();
    const c = creator();
    fake.commitThenDrop = true;
    const list = fake.client.getPaymentOrders;
    fake.client.getPaymentOrders = async () => {
      throw offline();
    };
    await expect(c.create(by('Anna'), 'attempt-1')).rejects.toMatchObject({ code: 'create_uncertain' });
    fake.commitThenDrop = false;
    fake.client.getPaymentOrders = list;

    const again = await c.create(by('Luca'), 'attempt-1');
    expect(again.order.uuid).toBe(fake.orders[0]!.uuid);
    expect(fake.orders).toHaveLength(1);
    expect(fake.orders[0]!.details).toContain('[cashier:Anna]');
  });

  it('a different sale under the same attempt is still refused', async () => {
    const { fake, creator } = till();
    const c = creator();
    await unsure(fake, c);
    await expect(c.create({ ...req, amount: '13.50' }, 'attempt-1')).rejects.toMatchObject({ message: 'This attempt was for a different order. Press Create order again.' });
    expect(fake.orders).toHaveLength(1);
  });
});

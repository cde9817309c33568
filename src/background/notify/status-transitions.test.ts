import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { BlockchainStatus } from '../../sdk';
import type { OrderRow } from '../../messaging/protocol';
import { Indicators } from './indicators';
import { transitionNotice } from './notifier';
import { OrderCache } from '../orders/order-cache';
import { OrdersService } from '../orders/orders-service';
import { soundFor } from '../sound/transitions';
import { FakeApi, order, uuidN } from '../platform/test-fakes.test-util';

let n = 0;

/** The worker's chain: a poll sees the new state → a transition → a notification and a sound. */
function till() {
  const fake = new FakeApi();
  const notices: string[] = [];
  const sounds: string[] = [];
  const indicators = new Indicators({
    health: { get: async () => ({}) as never },
    orders: { pendingCreated: async () => [] },
    notificationsOn: async () => true,
    showBadge: async () => undefined,
    notify: async (before, after) => {
      const notice = transitionNotice(before, after);
      if (notice) notices.push(notice.title);
    },
    sound: async (before, after) => {
      const sound = soundFor(before, after);
      if (sound) sounds.push(sound);
    },
    warn: (what, error) => {
      throw new Error(`${what}: ${String(error)}`);
    },
  });
  const transitions: [BlockchainStatus, BlockchainStatus][] = [];
  const pending: Promise<void>[] = [];
  const orders = new OrdersService({
    cache: new OrderCache(`test-transitions-${++n}`),
    api: fake.api,
    offlineSince: () => null,
    onTransition: (before: OrderRow, after: OrderRow) => {
      transitions.push([before.blockchain_status, after.blockchain_status]);
      pending.push(indicators.maybeNotify(before, after));
    },
  });
  const settle = () => Promise.all(pending);
  return { fake, orders, transitions, notices, sounds, settle };
}

describe('a change of blockchain status on an order made here, while its status stays "pending"', () => {
  it('partly paid: reported, notified and chimed', async () => {
    const { fake, orders, transitions, notices, sounds, settle } = till();
    fake.orders = [order(1, 'pending', new Date().toISOString())];
    await orders.observe(fake.orders[0]!, { createdHere: true });
    fake.orders[0] = order(1, 'partial', new Date().toISOString());
    expect(fake.orders[0].state.status).toBe('pending');
    await orders.pollPending();
    await settle();
    expect(transitions).toEqual([['pending', 'partial']]);
    expect(notices).toHaveLength(1);
    expect(sounds).toEqual(['alert']);
  });

  it('payment seen (mempool, then unconfirmed): each is a transition of its own', async () => {
    const { fake, orders, transitions } = till();
    fake.orders = [order(2, 'pending', new Date().toISOString())];
    await orders.observe(fake.orders[0]!, { createdHere: true });
    for (const next of ['mempool_unconfirmed', 'unconfirmed'] as const) {
      fake.orders[0] = order(2, next, new Date().toISOString());
      await orders.get(uuidN(2), true);
    }
    expect(transitions).toEqual([
      ['pending', 'mempool_unconfirmed'],
      ['mempool_unconfirmed', 'unconfirmed'],
    ]);
  });

  it('the same state seen again is no news', async () => {
    const { fake, orders, transitions, sounds, settle } = till();
    fake.orders = [order(3, 'partial', new Date().toISOString())];
    await orders.observe(fake.orders[0]!, { createdHere: true });
    await orders.pollPending();
    await orders.get(uuidN(3), true);
    await settle();
    expect(transitions).toEqual([]);
    expect(sounds).toEqual([]);
  });
});

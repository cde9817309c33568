import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../messaging/router';
import { cancellableHere } from './cancel';
import { AppError } from '../platform/errors';
import { OrderCache } from './order-cache';
import { OrdersService } from './orders-service';
import { guardRoles } from '../roles/guard';
import { hashPin } from '../roles/pin';
import { RoleStore } from '../roles/role-store';
import { storageForTest } from '../platform/storage.test-util';
import { FakeApi, order, uuidN } from '../platform/test-fakes.test-util';

let n = 0;

/** A till in cashier mode, with the real order cache behind the cancel rule, as the worker wires it. */
async function cashierTill() {
  const fake = new FakeApi();
  const cache = new OrderCache(`test-cashier-cancel-${++n}`);
  const orders = new OrdersService({ cache, api: fake.api, offlineSince: () => null });
  const roles = new RoleStore(storageForTest().items);
  await roles.setPin(await hashPin('2468'));
  await roles.drop();
  const cancelled: string[] = [];
  const handlers = { 'order.cancel': async (p: { uuid: string }) => void cancelled.push(p.uuid) } as unknown as Handlers;
  const guarded = guardRoles(handlers, { roles, mode: async () => 'live', cancellableHere: (uuid) => cancellableHere(uuid, cache), madeHere: async (uuid) => (await cache.getOrder(uuid))?.createdHere === true });
  const cancel = (uuid: string) =>
    (guarded['order.cancel'] as (p: unknown) => Promise<unknown>)({ uuid }).then(
      () => 'cancelled',
      (e: unknown) => (e instanceof AppError ? e.code : String(e)),
    );
  return { fake, cache, orders, cancel, cancelled };
}

describe('what a cashier may cancel', () => {
  it('not a colleague’s pending order, even once it was opened from the list and is in the cache', async () => {
    const { fake, cache, orders, cancel, cancelled } = await cashierTill();
    fake.orders = [order(7, 'pending', new Date().toISOString())];
    await orders.refresh('pending');
    await orders.get(uuidN(7), false);
    expect(await cache.getOrder(uuidN(7))).toMatchObject({ createdHere: false });
    expect(await cancellableHere(uuidN(7), cache)).toBe(false);
    expect(await cancel(uuidN(7))).toBe('manager_only');
    expect(cancelled).toEqual([]);
  });

  it('an order made on this till, while pending with nothing received', async () => {
    const { orders, cancel, cancelled } = await cashierTill();
    await orders.observe(order(8, 'pending', new Date().toISOString()), { createdHere: true });
    expect(await cancel(uuidN(8))).toBe('cancelled');
    expect(cancelled).toEqual([uuidN(8)]);
  });

  it('not an order of this till once money is on its way (in confirmation), nor once it ended', async () => {
    const { orders, cancel, cancelled } = await cashierTill();
    const seen = order(9, 'pending', new Date().toISOString());
    seen.state = { ...seen.state, in_confirmation: { crypto: 10_000, fiat: '4.00' } };
    await orders.observe(seen, { createdHere: true });
    await orders.observe(order(10, 'expired', new Date().toISOString()), { createdHere: true });
    expect(await cancel(uuidN(9))).toBe('manager_only');
    expect(await cancel(uuidN(10))).toBe('manager_only');
    expect(await cancel(uuidN(11))).toBe('manager_only'); // Never seen at all.
    expect(cancelled).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { OrderRow } from '../../messaging/protocol';
import type { Handlers } from '../../messaging/router';
import { AppError } from '../platform/errors';
import { storageForTest } from '../platform/storage.test-util';
import { guardRoles } from './guard';
import { hashPin } from './pin';
import { RoleStore } from './role-store';

const NOW = new Date(2026, 11, 1, 15, 0).getTime();

/** A till in cashier mode whose handlers only record what reached them. */
async function cashierTill() {
  const roles = new RoleStore(storageForTest().items);
  await roles.setPin(await hashPin('2468'));
  await roles.drop();
  const reached: string[] = [];
  const rows = [
    { uuid: 'today', created_at: new Date(2026, 11, 1, 9, 30).toISOString() },
    { uuid: 'yesterday', created_at: new Date(2026, 10, 30, 23, 59).toISOString() },
  ] as OrderRow[];
  const handlers = new Proxy({}, {
    get: (_t, type: string) => async () => (reached.push(type), type === 'orders.export' ? { orders: rows, todayOnly: false } : 'done'),
    ownKeys: () => [],
  }) as unknown as Handlers;
  const explicit = Object.fromEntries(
    ['settings.save', 'settings.test', 'vault.change', 'vault.remove', 'vault.unlock', 'vault.lock', 'role.setPin', 'role.removePin', 'role.elevate', 'role.drop', 'orders.export', 'order.create'].map((type) => [type, handlers[type as keyof Handlers]]),
  ) as unknown as Handlers;
  const guarded = guardRoles(explicit, { roles, mode: async () => 'live', cancellableHere: async () => false, madeHere: async () => false, now: () => NOW });
  const call = (type: string, payload: unknown = {}) =>
    (guarded[type as keyof Handlers] as (p: unknown) => Promise<unknown>)(payload).then(
      (answer) => answer,
      (e: unknown) => (e instanceof AppError ? e.code : String(e)),
    );
  return { call, reached };
}

describe('a cashier', () => {
  // Named one by one, not read from MANAGER_ONLY: dropping one from that list must fail here.
  it.each(['settings.save', 'settings.test', 'vault.change', 'vault.remove', 'role.setPin', 'role.removePin'])('may not send %s', async (type) => {
    const { call, reached } = await cashierTill();
    expect(await call(type)).toBe('manager_only');
    expect(reached).toEqual([]);
  });

  it.each(['vault.unlock', 'vault.lock', 'role.elevate', 'role.drop', 'order.create'])('may send %s', async (type) => {
    const { call, reached } = await cashierTill();
    expect(await call(type)).toBe('done');
    expect(reached).toEqual([type]);
  });

  it('exports today’s orders only (since local midnight), and is told so', async () => {
    const { call } = await cashierTill();
    expect(await call('orders.export')).toEqual({ orders: [expect.objectContaining({ uuid: 'today' })], todayOnly: true });
  });
});

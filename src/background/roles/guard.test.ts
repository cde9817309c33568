import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../messaging/router';
import { AppError } from '../platform/errors';
import { UnlockThrottle } from '../vault/unlock-throttle';
import { guardRoles, MANAGER_ONLY } from './guard';
import { createRoleHandlers } from './handlers';
import { storageForTest } from '../platform/storage.test-util';
import { RoleStore } from './role-store';

/** A throttle that never makes anyone wait (its count is forgotten at once). */
const noThrottle = new UnlockThrottle({ load: async () => undefined, save: async () => undefined });

function setup(mode: 'sandbox' | 'live' = 'live') {
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, type: string) => async () => (calls.push(type), 'done'),
  });
  const roles = new RoleStore(storageForTest().items);
  const cancellable = new Set(['mine-pending']);
  const madeHere = new Set(['mine-pending', 'mine-part-paid']);
  const guarded = guardRoles(
    { ...handlers, ...pick(handlers) },
    { roles, mode: async () => mode, cancellableHere: async (uuid) => cancellable.has(uuid), madeHere: async (uuid) => madeHere.has(uuid) },
  );
  const roleHandlers = createRoleHandlers(roles, noThrottle);
  return { guarded, calls, roleHandlers };
}

/** The proxy has no own keys; give the guard the ones it wraps. */
function pick(handlers: Handlers): Handlers {
  const out: Record<string, unknown> = {};
  for (const type of [...MANAGER_ONLY, ...SANDBOX_STEPS, 'webhook.sign', 'webhook.verify', 'order.cancel', 'order.create']) out[type] = handlers[type as keyof Handlers];
  return out as unknown as Handlers;
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'allowed',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
}

const SANDBOX_STEPS = ['order.simulate', 'order.reset', 'order.payPart'] as const;

const call = (h: Handlers, type: keyof Handlers, payload: unknown) => (h[type] as (p: unknown) => Promise<unknown>)(payload);

describe('roles, enforced by the background', () => {
  it('lets everyone do everything while no PIN is set, except use the stored secret in live mode', async () => {
    const { guarded } = setup('live');
    for (const type of MANAGER_ONLY) expect(await outcome(call(guarded, type, {}))).toBe('allowed');
    expect(await outcome(call(guarded, 'webhook.sign', { body: '{}' }))).toBe('manager_only');
    expect(await outcome(call(guarded, 'webhook.sign', { body: '{}', secret: 'pasted' }))).toBe('allowed');
  });

  it('puts the till in cashier mode once a PIN is set and the manager leaves', async () => {
    const { guarded, roleHandlers, calls } = setup('live');
    await roleHandlers['role.setPin']({ pin: '2468' });
    expect((await roleHandlers['role.get'](null)).role).toBe('manager');
    await roleHandlers['role.drop'](null);
    expect((await roleHandlers['role.get'](null)).role).toBe('cashier');
    calls.length = 0;
    for (const type of MANAGER_ONLY) expect(await outcome(call(guarded, type, {}))).toBe('manager_only');
    expect(await outcome(call(guarded, 'webhook.sign', { body: '{}' }))).toBe('manager_only');
    expect(await outcome(call(guarded, 'webhook.verify', { body: '{}', signature: 'x' }))).toBe('manager_only');
    expect(await outcome(call(guarded, 'webhook.verify', { body: '{}', signature: 'x', secret: 'pasted' }))).toBe('allowed');
    expect(await outcome(call(guarded, 'order.create', {}))).toBe('allowed');
    expect(await outcome(call(guarded, 'order.cancel', { uuid: 'mine-pending' }))).toBe('allowed');
    expect(await outcome(call(guarded, 'order.cancel', { uuid: 'other-till' }))).toBe('manager_only');
    expect(await outcome(call(guarded, 'order.cancel', null))).toBe('manager_only');
    // Nothing refused reached its handler.
    expect(calls).toEqual(['webhook.verify', 'order.create', 'order.cancel']);
  });

  it('lets a cashier try sandbox steps only on orders made on this till; the manager on any', async () => {
    const { guarded, roleHandlers, calls } = setup('sandbox');
    await roleHandlers['role.setPin']({ pin: '2468' });
    await roleHandlers['role.drop'](null);
    for (const type of SANDBOX_STEPS) {
      expect(await outcome(call(guarded, type, { uuid: 'other-till', callback: 'payment.cancelled' }))).toBe('manager_only');
      expect(await outcome(call(guarded, type, { callback: 'payment.expired' }))).toBe('manager_only');
      expect(await outcome(call(guarded, type, { uuid: 'mine-part-paid', callback: 'payment.completed' }))).toBe('allowed');
    }
    expect(calls).toEqual([...SANDBOX_STEPS]);
    await roleHandlers['role.elevate']({ pin: '2468' });
    for (const type of SANDBOX_STEPS) expect(await outcome(call(guarded, type, { uuid: 'other-till' }))).toBe('allowed');
  });

  it('gives the manager back every action with the right PIN only', async () => {
    const { guarded, roleHandlers } = setup('live');
    await roleHandlers['role.setPin']({ pin: '2468' });
    await roleHandlers['role.drop'](null);
    expect(await outcome(roleHandlers['role.elevate']({ pin: '1357' }))).toBe('wrong_pin');
    expect((await roleHandlers['role.elevate']({ pin: '2468' })).role).toBe('manager');
    expect(await outcome(call(guarded, 'settings.save', {}))).toBe('allowed');
    expect(await outcome(call(guarded, 'webhook.sign', { body: '{}' }))).toBe('allowed');
  });

  it('keeps the sandbox convenience: the panel uses the stored secret in sandbox mode', async () => {
    const { guarded, roleHandlers } = setup('sandbox');
    await roleHandlers['role.setPin']({ pin: '2468' });
    await roleHandlers['role.drop'](null);
    expect(await outcome(call(guarded, 'webhook.sign', { body: '{}' }))).toBe('allowed');
  });

  it('refuses a short PIN', async () => {
    const { roleHandlers } = setup();
    expect(await outcome(roleHandlers['role.setPin']({ pin: '12' }))).toBe('validation');
  });
});

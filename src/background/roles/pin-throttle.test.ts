import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../platform/errors';
import { throttleIn } from '../vault/security';
import { storageForTest } from '../platform/storage.test-util';
import { createRoleHandlers } from './handlers';
import * as pin from './pin';
import { RoleStore } from './role-store';

// Counts the PIN checks (each one is a PBKDF2 of 600,000 iterations) while still making them.
vi.mock('./pin', async (original) => {
  const real = await original<typeof pin>();
  return { ...real, pinMatches: vi.fn(real.pinMatches) };
});

const RIGHT_PIN = '2468';

async function cashierTill() {
  const storage = storageForTest();
  const roles = new RoleStore(storage.items);
  const handlers = createRoleHandlers(roles, throttleIn(storage.items.pinThrottle));
  await handlers['role.setPin']({ pin: RIGHT_PIN });
  await handlers['role.drop'](null);
  vi.mocked(pin.pinMatches).mockClear();
  return { storage, handlers };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'manager', (e: unknown) => (e instanceof AppError ? e.code : String(e)));

describe('the manager PIN under concurrent guesses', () => {
  it('checks at most three of 30 PINs sent at once and refuses the right one among them while the wait lasts', async () => {
    const { storage, handlers } = await cashierTill();
    const guesses = [...Array.from({ length: 29 }, (_, i) => String(1000 + i)), RIGHT_PIN];
    const codes = await Promise.all(guesses.map((guess) => codeOf(handlers['role.elevate']({ pin: guess }))));
    expect(vi.mocked(pin.pinMatches)).toHaveBeenCalledTimes(3);
    expect(codes.filter((c) => c === 'wrong_pin')).toHaveLength(3);
    expect(codes.filter((c) => c === 'unlock_throttled')).toHaveLength(27);
    expect(codes[29]).toBe('unlock_throttled');
    expect((await handlers['role.get'](null)).role).toBe('cashier');
    expect(await storage.raw('local', 'pinThrottle')).toMatchObject({ failures: 3 });
  });

  it('counts every wrong PIN tried one after the other, and forgets the count after the right one', async () => {
    const { storage, handlers } = await cashierTill();
    expect(await codeOf(handlers['role.elevate']({ pin: '1111' }))).toBe('wrong_pin');
    expect(await storage.raw('local', 'pinThrottle')).toMatchObject({ failures: 1 });
    expect(await codeOf(handlers['role.elevate']({ pin: '2222' }))).toBe('wrong_pin');
    expect(await storage.raw('local', 'pinThrottle')).toMatchObject({ failures: 2 });
    expect(await codeOf(handlers['role.elevate']({ pin: RIGHT_PIN }))).toBe('manager');
    expect(await storage.raw('local', 'pinThrottle')).toBeUndefined();
    expect(vi.mocked(pin.pinMatches)).toHaveBeenCalledTimes(3);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../platform/errors';
import { createSecurity } from '../vault/security';
import { SettingsStore } from '../settings/settings-store';
import { storageForTest } from '../platform/storage.test-util';
import { storedSecretAllowed } from './guard';
import { MANAGER_SESSION_MS } from './role-store';

const T0 = Date.parse('2026-12-01T09:00:00Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** The roles as the worker builds them (security.ts), over the fake browser's storage. */
function till(mode: 'sandbox' | 'live' = 'live') {
  const storage = storageForTest();
  const security = createSecurity(storage.items);
  const deps = security.handlerDeps({
    settings: new SettingsStore(storage.items.settings, security.keyring),
    mode: async () => mode,
    rememberSecret: () => undefined,
    onLockChanged: async () => undefined,
  });
  const elevate = (pin: string) =>
    deps.roles['role.elevate']({ pin }).then(
      (state) => state.role,
      (e: unknown) => (e instanceof AppError ? e.code : String(e)),
    );
  return { storage, roles: deps.roles, storedSecretAllowed: deps.storedSecretAllowed, store: security.roles, elevate };
}

describe('the live secret in the panel', () => {
  it('is not usable while no PIN is set, though everyone is the manager then', async () => {
    const { roles, storedSecretAllowed: allowed, store } = till('live');
    expect((await roles['role.get'](null)).role).toBe('manager');
    expect(await allowed()).toBe(false);
    expect(await storedSecretAllowed(store, 'live')).toBe(false);
  });

  it('is usable by the manager once a PIN is set, and not by the cashier', async () => {
    const { roles, storedSecretAllowed: allowed } = till('live');
    await roles['role.setPin']({ pin: '2468' });
    expect(await allowed()).toBe(true);
    await roles['role.drop'](null);
    expect(await allowed()).toBe(false);
  });

  it('is usable in sandbox mode by anyone', async () => {
    const { roles, storedSecretAllowed: allowed } = till('sandbox');
    await roles['role.setPin']({ pin: '2468' });
    await roles['role.drop'](null);
    expect(await allowed()).toBe(true);
  });
});

describe('the manager session', () => {
  it('ends by itself after MANAGER_SESSION_MS, at most an hour', async () => {
    const { roles, elevate } = till();
    expect(MANAGER_SESSION_MS).toBeGreaterThan(0);
    expect(MANAGER_SESSION_MS).toBeLessThanOrEqual(60 * 60_000);
    await roles['role.setPin']({ pin: '2468' });
    await roles['role.drop'](null);
    expect(await elevate('2468')).toBe('manager');
    expect((await roles['role.get'](null)).managerUntil).toBe(T0 + MANAGER_SESSION_MS);
    vi.setSystemTime(T0 + MANAGER_SESSION_MS - 1000);
    expect((await roles['role.get'](null)).role).toBe('manager');
    vi.setSystemTime(T0 + MANAGER_SESSION_MS + 1);
    expect(await roles['role.get'](null)).toEqual({ pinSet: true, role: 'cashier', managerUntil: null });
  });

  it('is kept in session storage only, so it also ends with the browser', async () => {
    const { storage, roles } = till();
    await roles['role.setPin']({ pin: '2468' });
    expect(await storage.raw('session', 'managerUntil')).toBe(T0 + MANAGER_SESSION_MS);
    expect(await storage.raw('local', 'managerUntil')).toBeUndefined();
  });

  it('ends at once when the manager leaves', async () => {
    const { roles } = till();
    await roles['role.setPin']({ pin: '2468' });
    await roles['role.drop'](null);
    expect((await roles['role.get'](null)).role).toBe('cashier');
  });
});

describe('wrong manager PINs', () => {
  it('are counted: after three, even the right PIN must wait, and works once the wait is over', async () => {
    const { roles, elevate } = till();
    await roles['role.setPin']({ pin: '2468' });
    await roles['role.drop'](null);
    for (const wrong of ['1111', '2222', '3333']) expect(await elevate(wrong)).toBe('wrong_pin');
    expect(await elevate('2468')).toBe('unlock_throttled');
    vi.setSystemTime(T0 + 2000);
    expect(await elevate('2468')).toBe('manager');
  });

  it('are forgotten after the right PIN: two more wrong ones later do not make the manager wait', async () => {
    const { roles, elevate } = till();
    await roles['role.setPin']({ pin: '2468' });
    await roles['role.drop'](null);
    expect(await elevate('1111')).toBe('wrong_pin');
    expect(await elevate('2222')).toBe('wrong_pin');
    expect(await elevate('2468')).toBe('manager');
    await roles['role.drop'](null);
    expect(await elevate('3333')).toBe('wrong_pin');
    expect(await elevate('4444')).toBe('wrong_pin');
    expect(await elevate('2468')).toBe('manager');
  });

  it('do not elevate, and a refused elevation leaves the till in cashier mode', async () => {
    const { roles, elevate } = till();
    await roles['role.setPin']({ pin: '2468' });
    await roles['role.drop'](null);
    expect(await elevate('24680')).toBe('wrong_pin');
    expect(await elevate('246')).toBe('wrong_pin');
    expect((await roles['role.get'](null)).role).toBe('cashier');
  });
});

import { describe, expect, it } from 'vitest';
import { AccountGuard } from './account-guard';
import { accountKey, DEFAULT_SETTINGS, type StoredSettings } from './settings';

function setup(cachedAccount: string | undefined) {
  let settings: StoredSettings = { ...DEFAULT_SETTINGS, clientId: 'merchant-1', secret: 's' };
  let loads = 0;
  const events: string[] = [];
  let account = cachedAccount;
  const guard = new AccountGuard({
    settings: { load: async () => (loads++, settings) },
    accountOf: accountKey,
    cache: {
      getAccount: async () => account,
      reset: async (next) => {
        events.push(`reset ${next}`);
        account = next;
      },
    },
    alsoClear: [async () => void events.push('outbox'), async () => void events.push('health')],
  });
  return { guard, events, loads: () => loads, switchTo: (clientId: string) => (settings = { ...settings, clientId }) };
}

describe('AccountGuard', () => {
  it('empties the order cache once when it belongs to another account, and keeps it otherwise', async () => {
    const current = accountKey({ ...DEFAULT_SETTINGS, clientId: 'merchant-1', secret: 's' });
    const same = setup(current);
    await same.guard.ready();
    expect(same.events).toEqual([]);

    const other = setup('sandbox|someone-else');
    await Promise.all([other.guard.ready(), other.guard.ready()]);
    await other.guard.ready();
    expect(other.events).toEqual([`reset ${current}`]);
    expect(other.loads()).toBe(1);
  });

  it('checks again after the settings changed elsewhere', async () => {
    const { guard, events, switchTo } = setup(undefined);
    await guard.ready();
    switchTo('merchant-2');
    guard.invalidate();
    await guard.ready();
    expect(events).toHaveLength(2);
    expect(events[1]).toContain('merchant-2');
  });

  it('resets every per-account store for a new account, after which nothing is left to check', async () => {
    const { guard, events, loads } = setup(undefined);
    await guard.reset('live|merchant-9');
    await guard.ready();
    expect(events).toEqual(['reset live|merchant-9', 'outbox', 'health']);
    expect(loads()).toBe(0);
  });

  it('tries again after a failed check', async () => {
    let fail = true;
    const guard = new AccountGuard({
      settings: { load: async () => (fail ? Promise.reject(new Error('storage')) : DEFAULT_SETTINGS) },
      accountOf: accountKey,
      cache: { getAccount: async () => accountKey(DEFAULT_SETTINGS), reset: async () => undefined },
    });
    await expect(guard.ready()).rejects.toThrow('storage');
    fail = false;
    await expect(guard.ready()).resolves.toBeUndefined();
  });
});

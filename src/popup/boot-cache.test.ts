import { describe, expect, it } from 'vitest';
import { text } from '../shared/local-text';
import type { OrderListView, OrderRow } from '../messaging/protocol';
import { accountKey } from '../shared/account';
import { BOOT_CACHE_KEY, createBootCache, sameAsSnapshot, sameListView, V0_KEYS } from './boot-cache';
import { memoryStore } from './memory-store.test-util';
import { publicSettings } from '../ui/public-settings.test-util';

const row = (n: number): OrderRow => ({
  uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  amount: `${n}.00`,
  currency: 'EUR',
  btc_amount: n * 2500,
  reference: `till-1 #${n}`,
  details: null,
  created_at: new Date(Date.UTC(2026, 10, 26, 10, 0, 0) - n * 60_000).toISOString(),
  expiration_time: new Date(Date.UTC(2026, 10, 26, 10, 15, 0)).toISOString(),
  status: 'paid',
  blockchain_status: 'paid',
  createdHere: false,
});

const view = (count: number, filter: OrderListView['filter'] = 'all'): OrderListView => ({
  filter,
  orders: Array.from({ length: count }, (_, i) => row(i + 1)),
  fetchedAt: 1_764_150_000_000,
  hasMore: true,
  totalItems: 500,
  offlineSince: null,
  partial: false,
});

const settings = publicSettings();
const account = accountKey(settings);
const now = Date.UTC(2026, 10, 26, 12);
const raise = (): never => {
  throw new DOMException('quota', 'QuotaExceededError');
};
const unsure = { attemptId: 'a-1', error: { code: 'create_uncertain', message: 'checking', text: text('error_create_uncertain', '#K7QX2M9P') } };

describe('the boot cache', () => {
  it('keeps every part under one versioned key', () => {
    const store = memoryStore();
    const cache = createBootCache(store);
    cache.saveSettings(settings);
    cache.saveList(account, view(3));
    cache.rememberLastOrder({ uuid: 'u1', expiration: '2026-11-26T12:15:00Z' });
    cache.rememberUnsure(unsure);
    expect([...store.map.keys()]).toEqual([BOOT_CACHE_KEY]);
    expect(JSON.parse(store.map.get(BOOT_CACHE_KEY) ?? '')).toMatchObject({ v: 1, unsure, lastOrder: { uuid: 'u1' } });
    const reopened = createBootCache(store);
    expect(reopened.settings()?.clientId).toBe('demo-merchant');
    expect(reopened.list(account)?.orders).toHaveLength(3);
    expect(reopened.unsure()).toEqual(unsure);
  });

  it('folds in the separate keys of earlier releases, keeping an unsure attempt and the last order', () => {
    const store = memoryStore();
    store.setItem(V0_KEYS.settings, JSON.stringify({ ...settings, secretFingerprint: null }));
    store.setItem(V0_KEYS.list, JSON.stringify({ account, view: view(2) }));
    store.setItem(V0_KEYS.lastOrder, JSON.stringify({ uuid: 'u1', expiration: '2026-11-26T12:15:00Z' }));
    store.setItem(V0_KEYS.unsure, JSON.stringify(unsure));
    const cache = createBootCache(store);
    expect(cache.gaps()).toEqual({ settings: false, orders: false });
    expect(cache.unsure()).toEqual(unsure);
    expect(cache.lastOrder(now)).toEqual({ uuid: 'u1', expiration: '2026-11-26T12:15:00Z' });
    expect(cache.list(account)?.orders.map((r) => r.reference)).toEqual(['till-1 #1', 'till-1 #2']);
    expect([...store.map.keys()]).toEqual([BOOT_CACHE_KEY]);
  });

  it('keeps the readable old parts when others are garbled', () => {
    const store = memoryStore();
    store.setItem(V0_KEYS.settings, '{not json');
    store.setItem(V0_KEYS.unsure, JSON.stringify(unsure));
    const cache = createBootCache(store);
    expect(cache.settings()).toBeNull();
    expect(cache.unsure()).toEqual(unsure);
  });

  it('settings: round-trips what pages may see, without the secret’s last characters; ignores garbage', () => {
    const store = memoryStore();
    const cache = createBootCache(store);
    expect(cache.settings()).toBeNull();
    cache.saveSettings(settings);
    expect(cache.settings()).toEqual({ ...settings, secretFingerprint: null });
    expect([...store.map.values()].join()).not.toContain(settings.secretFingerprint);
    store.setItem(BOOT_CACHE_KEY, JSON.stringify({ v: 1, settings: { ...settings, mode: 'staging' } }));
    expect(cache.settings()).toBeNull();
    store.setItem(BOOT_CACHE_KEY, '{not json');
    expect(cache.settings()).toBeNull();
  });

  it('tells unchanged settings from changed ones, whatever the secret’s last characters', () => {
    expect(sameAsSnapshot({ ...settings, secretFingerprint: null }, settings)).toBe(true);
    expect(sameAsSnapshot(settings, { ...settings, secretFingerprint: '0badc0de' })).toBe(true);
    expect(sameAsSnapshot(settings, { ...settings, clientId: 'other-merchant' })).toBe(false);
    expect(sameAsSnapshot(settings, { ...settings, mode: 'live' })).toBe(false);
    expect(sameAsSnapshot(settings, { ...settings, notifications: false })).toBe(false);
  });

  it('list: keeps the newest 50 rows of All, marks the rest as still to come, and never shows another account’s', () => {
    const cache = createBootCache(memoryStore());
    cache.saveList(account, view(120));
    const read = cache.list(account);
    expect(read?.orders.map((r) => r.reference)).toEqual(Array.from({ length: 50 }, (_, i) => `till-1 #${i + 1}`));
    expect(read).toMatchObject({ partial: true, totalItems: 500, fetchedAt: 1_764_150_000_000 });
    expect(cache.list(accountKey({ ...settings, mode: 'live' }))).toBeNull();
    cache.saveList(account, view(3, 'paid'));
    expect(cache.list(account)?.orders).toHaveLength(50);
  });

  it('recognises the worker’s answer that confirms the drawn list, and any change to it', () => {
    const cache = createBootCache(memoryStore());
    cache.saveList(account, view(120));
    const drawn = cache.list(account);
    if (!drawn) throw new Error('no list');
    const firstRows = { ...view(120), orders: view(50).orders, partial: true };
    expect(sameListView(drawn, firstRows)).toBe(true);
    expect(sameListView(drawn, view(120))).toBe(false);
    const expired = firstRows.orders.map((r, i) => (i === 3 ? { ...r, status: 'expired' as const, blockchain_status: 'expired' as const } : r));
    expect(sameListView(drawn, { ...firstRows, orders: expired })).toBe(false);
    expect(sameListView(drawn, { ...firstRows, fetchedAt: 1_764_150_060_000 })).toBe(false);
    expect(sameListView(drawn, { ...firstRows, offlineSince: 1_764_150_060_000 })).toBe(false);
    expect(sameListView(drawn, { ...firstRows, filter: 'paid' })).toBe(false);
  });

  it('gaps: asks the worker only for what the cache cannot draw', () => {
    const cache = createBootCache(memoryStore());
    expect(cache.gaps()).toEqual({ settings: true, orders: true });
    cache.saveList(account, view(1));
    expect(cache.gaps()).toEqual({ settings: true, orders: true }); // The list's account cannot be told.
    cache.saveSettings(settings);
    expect(cache.gaps()).toEqual({ settings: false, orders: false });
    cache.saveSettings({ ...settings, clientId: 'other-merchant' });
    expect(cache.gaps()).toEqual({ settings: false, orders: true });
  });

  it('last order: remembered until it expires, forgotten only for its own uuid', () => {
    const cache = createBootCache(memoryStore());
    cache.rememberLastOrder({ uuid: 'u1', expiration: '2026-11-26T12:15:00Z' });
    cache.forgetLastOrder('u2');
    expect(cache.lastOrder(now)?.uuid).toBe('u1');
    cache.forgetLastOrder('u1');
    expect(cache.lastOrder(now)).toBeNull();
    cache.rememberLastOrder({ uuid: 'u3', expiration: '2026-11-26T12:15:00Z' });
    expect(cache.lastOrder(now + 15 * 60_000)).toBeNull();
    expect(cache.lastOrder(now)).toBeNull(); // Expired means forgotten.
  });

  it('unsure attempt: remembered, read back and forgotten; unreadable ones ignored', () => {
    const store = memoryStore();
    const cache = createBootCache(store);
    cache.rememberUnsure(unsure);
    expect(cache.unsure()).toEqual(unsure);
    cache.rememberUnsure(null);
    expect(cache.unsure()).toBeNull();
    for (const junk of [42, { attemptId: 1 }, { attemptId: 'a', error: { code: 'x' } }]) {
      store.setItem(BOOT_CACHE_KEY, JSON.stringify({ v: 1, unsure: junk }));
      expect(cache.unsure()).toBeNull();
    }
  });

  it('an attempt kept before sending carries the order it was for, so a reopened popup reuses it; a damaged key is dropped alone', () => {
    const store = memoryStore();
    const pending = { ...unsure, orderKey: '{"amount":"12.00"}' };
    createBootCache(store).rememberUnsure(pending);
    expect(createBootCache(store).unsure()).toEqual(pending);
    store.setItem(BOOT_CACHE_KEY, JSON.stringify({ v: 1, unsure: { ...unsure, orderKey: 42 } }));
    expect(createBootCache(store).unsure()).toEqual(unsure);
  });

  it('a full storage costs the list, never an unsure attempt', () => {
    const store = memoryStore();
    let room = Infinity;
    const cache = createBootCache({ ...store, setItem: (key, value) => (value.length > room ? raise() : store.setItem(key, value)) });
    cache.saveList(account, view(50));
    expect(createBootCache(store).list(account)?.orders).toHaveLength(50);
    room = 1000; // The disk fills up: the list no longer fits beside anything.
    cache.rememberUnsure(unsure);
    expect(createBootCache(store).unsure()).toEqual(unsure);
    expect(createBootCache(store).list(account)).toBeNull();
  });

  it('another page’s write is seen at the next read', () => {
    const store = memoryStore();
    const here = createBootCache(store);
    here.saveSettings(settings);
    createBootCache(store).rememberUnsure(unsure);
    expect(here.unsure()).toEqual(unsure);
    expect(here.settings()?.clientId).toBe('demo-merchant');
  });
});

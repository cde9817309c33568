import { describe, expect, it } from 'vitest';
import type { OrderListView, OrderRow } from '../messaging/protocol';
import { accountKey } from '../shared/account';
import { readListSnapshot, sameListView, saveListSnapshot } from './list-snapshot';
import { memoryStore } from './memory-store.test-util';

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

const account = accountKey({ mode: 'sandbox', effectiveBaseUrl: 'http://127.0.0.1:8787', clientId: 'demo-merchant' });

describe('list snapshot', () => {
  it('keeps the newest 50 rows of the All list and marks the rest as still to come', () => {
    const store = memoryStore();
    saveListSnapshot(store, account, view(120));
    const read = readListSnapshot(store, account);
    expect(read?.orders.map((r) => r.reference)).toEqual(Array.from({ length: 50 }, (_, i) => `till-1 #${i + 1}`));
    expect(read).toMatchObject({ partial: true, totalItems: 500, fetchedAt: 1_764_150_000_000 });
  });

  it('never shows one account’s orders to another', () => {
    const store = memoryStore();
    saveListSnapshot(store, account, view(3));
    const other = accountKey({ mode: 'live', effectiveBaseUrl: 'https://api.webpos.chainside.net', clientId: 'demo-merchant' });
    expect(readListSnapshot(store, other)).toBeNull();
    expect(readListSnapshot(store, account)?.orders).toHaveLength(3);
  });

  it('ignores lists other than All, and garbled storage', () => {
    const store = memoryStore();
    saveListSnapshot(store, account, view(3, 'paid'));
    expect(readListSnapshot(store, account)).toBeNull();
    store.setItem('webpos-counter.recent-orders', '{"account":');
    expect(readListSnapshot(store, account)).toBeNull();
  });

  it('recognises the worker’s answer that confirms the snapshot, and any change to it', () => {
    const store = memoryStore();
    saveListSnapshot(store, account, view(120));
    const snapshot = readListSnapshot(store, account);
    if (!snapshot) throw new Error('no snapshot');
    const firstRows = { ...view(120), orders: view(50).orders, partial: true };
    expect(sameListView(snapshot, firstRows)).toBe(true);
    expect(sameListView(snapshot, view(120))).toBe(false);
    const paid = firstRows.orders.map((r, i) => (i === 3 ? { ...r, status: 'expired' as const, blockchain_status: 'expired' as const } : r));
    expect(sameListView(snapshot, { ...firstRows, orders: paid })).toBe(false);
    expect(sameListView(snapshot, { ...firstRows, fetchedAt: 1_764_150_060_000 })).toBe(false);
    expect(sameListView(snapshot, { ...firstRows, offlineSince: 1_764_150_060_000 })).toBe(false);
    expect(sameListView(snapshot, { ...firstRows, filter: 'paid' })).toBe(false);
  });
});

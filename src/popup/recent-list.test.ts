import { describe, expect, it } from 'vitest';
import type { OrderListView, OrderRow } from '../messaging/protocol';
import { row } from './test-rows.test-util';
import { stripRows, withPushedRow } from './recent-list';

const at = (uuid: string, created_at: string, extra: Partial<OrderRow> = {}): OrderRow => row({ uuid, created_at, ...extra });
const view = (orders: OrderRow[], more: Partial<OrderListView> = {}): OrderListView => ({
  filter: 'all',
  orders,
  fetchedAt: 1,
  hasMore: true,
  totalItems: 99,
  offlineSince: null,
  partial: false,
  ...more,
});
const uuids = (v: OrderListView) => v.orders.map((r) => r.uuid);

const A = at('a', '2026-11-29T12:00:00Z');
const B = at('b', '2026-11-29T11:00:00Z');
const C = at('c', '2026-11-29T10:00:00Z');

describe('withPushedRow', () => {
  it('replaces a listed row in place with its fresh copy', () => {
    const paid = { ...B, status: 'paid', blockchain_status: 'paid' } as const;
    const next = withPushedRow(view([A, B, C]), paid);
    expect(uuids(next)).toEqual(['a', 'b', 'c']);
    expect(next.orders[1]).toEqual(paid);
  });

  it('returns the same view when the copy changes nothing (no redraw)', () => {
    const before = view([A, B, C]);
    expect(withPushedRow(before, { ...B })).toBe(before);
  });

  it('puts a new order in its place, newest first', () => {
    expect(uuids(withPushedRow(view([B, C]), A))).toEqual(['a', 'b', 'c']);
    expect(uuids(withPushedRow(view([A, C]), B))).toEqual(['a', 'b', 'c']);
  });

  it('leaves out an order older than the oldest row while older pages are missing (no hole in the list)', () => {
    const before = view([A, B]);
    expect(withPushedRow(before, C)).toBe(before);
    expect(uuids(withPushedRow(view([A, B], { hasMore: false }), C))).toEqual(['a', 'b', 'c']);
    expect(withPushedRow(view([A, B], { hasMore: false, partial: true }), C).orders).toHaveLength(2);
  });

  it('breaks a tie of creation times by uuid, as the worker does', () => {
    const twin = at('aa', A.created_at);
    expect(uuids(withPushedRow(view([twin, B], { hasMore: false }), A))).toEqual(['a', 'aa', 'b']);
  });
});

describe('stripRows', () => {
  it('is the newest few rows, or none before a list is known', () => {
    const rows = Array.from({ length: 9 }, (_, i) => at(`r${i}`, `2026-11-29T0${i}:00:00Z`)).reverse();
    expect(stripRows(view(rows)).map((r) => r.uuid)).toEqual(['r8', 'r7', 'r6', 'r5', 'r4', 'r3']);
    expect(stripRows(view(rows), 2)).toHaveLength(2);
    expect(stripRows(null)).toEqual([]);
  });
});

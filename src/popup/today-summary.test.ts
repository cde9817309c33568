import { describe, expect, it } from 'vitest';
import type { OrderRow } from '../messaging/protocol';
import { row } from './test-rows.test-util';
import type { DayBounds } from '../shared/day-bounds';
import { todaySummary, type SummaryInput } from './today-summary';

// A day given explicitly: 2026-11-29 in UTC+1 (Rome), i.e. 23:00Z the day before to 23:00Z.
const DAY: DayBounds = { start: Date.parse('2026-11-28T23:00:00Z'), end: Date.parse('2026-11-29T23:00:00Z') };
const YESTERDAY = '2026-11-28T22:59:59Z';

let n = 0;
function order(created_at: string, blockchain_status: OrderRow['blockchain_status'], amount = '10.00', extra: Partial<OrderRow> = {}): OrderRow {
  const status: OrderRow['status'] =
    blockchain_status === 'paid' || blockchain_status === 'possible_chargeback'
      ? 'paid'
      : ['pending', 'partial', 'mempool_unconfirmed', 'unconfirmed'].includes(blockchain_status)
        ? 'pending'
        : blockchain_status === 'chargeback' || blockchain_status === 'cancelled' || blockchain_status === 'expired'
          ? blockchain_status
          : 'network_dispute';
  return row({ uuid: `u-${n++}`, created_at, blockchain_status, status, amount, ...extra });
}

const list = (orders: OrderRow[], more: Partial<SummaryInput> = {}): SummaryInput => ({ orders, hasMore: true, partial: false, ...more });

describe('todaySummary', () => {
  it('sums today’s paid orders exactly and counts the pending ones, once the list reaches yesterday', () => {
    const summary = todaySummary(
      list([
        order('2026-11-29T18:00:00Z', 'paid', '0.10'),
        order('2026-11-29T17:00:00Z', 'pending', '5.00'),
        order('2026-11-29T16:00:00Z', 'paid', '0.20'),
        order('2026-11-29T15:00:00Z', 'expired', '7.00'),
        order('2026-11-29T14:00:00Z', 'paid', '12.50'),
        order(YESTERDAY, 'paid', '100.00'),
      ]),
      DAY,
    );
    expect(summary).toEqual({ paid: [{ currency: 'EUR', amount: '12.80', count: 3 }], paidCount: 3, pendingCount: 1, complete: true, looked: 6 });
  });

  it('says the figures are lower bounds when the rows held are all from today and more pages exist', () => {
    const summary = todaySummary(list([order('2026-11-29T18:00:00Z', 'paid'), order('2026-11-29T09:00:00Z', 'paid')]), DAY);
    expect(summary.complete).toBe(false);
    expect(summary.paid).toEqual([{ currency: 'EUR', amount: '20.00', count: 2 }]);
  });

  it('is complete without yesterday’s rows when the list holds every order there is', () => {
    const rows = [order('2026-11-29T18:00:00Z', 'paid')];
    expect(todaySummary(list(rows, { hasMore: false }), DAY).complete).toBe(true);
    // Only the newest rows were sent: the worker holds more, so nothing is proven.
    expect(todaySummary(list(rows, { hasMore: false, partial: true }), DAY).complete).toBe(false);
  });

  it('uses the till’s local day: the day’s bounds are inclusive at the start, exclusive at the end', () => {
    const summary = todaySummary(
      list([order('2026-11-29T23:00:00Z', 'paid', '1.00'), order('2026-11-28T23:00:00Z', 'paid', '2.00'), order(YESTERDAY, 'paid', '4.00')]),
      DAY,
    );
    expect(summary.paid).toEqual([{ currency: 'EUR', amount: '2.00', count: 1 }]);
  });

  it('puts the server’s times on this computer’s clock before choosing the day', () => {
    // The server's clock is 2 minutes ahead: its 23:01 is 22:59 here, still yesterday.
    const summary = todaySummary(list([order('2026-11-28T23:01:00Z', 'paid')], { serverOffsetMs: 120_000 }), DAY);
    expect(summary.paidCount).toBe(0);
    expect(summary.complete).toBe(true);
  });

  it('counts only Paid as paid: overpaid at its order amount, partly paid and confirming as pending, disputes in neither', () => {
    const summary = todaySummary(
      list([
        order('2026-11-29T18:05:00Z', 'partial'),
        order('2026-11-29T18:04:00Z', 'mempool_unconfirmed'),
        order('2026-11-29T18:03:00Z', 'unconfirmed'),
        order('2026-11-29T18:02:00Z', 'possible_chargeback'),
        order('2026-11-29T18:01:00Z', 'network_dispute'),
        order('2026-11-29T18:00:00Z', 'cancelled'),
        order(YESTERDAY, 'expired'),
      ]),
      DAY,
    );
    expect(summary).toMatchObject({ paid: [], paidCount: 0, pendingCount: 3, complete: true });
  });

  it('keeps one exact total per currency', () => {
    const summary = todaySummary(
      list([
        order('2026-11-29T18:00:00Z', 'paid', '3.10', { currency: 'USD' }),
        order('2026-11-29T17:00:00Z', 'paid', '1.005'),
        order('2026-11-29T16:00:00Z', 'paid', '2.20', { currency: 'USD' }),
        order('2026-11-29T15:00:00Z', 'paid', '2'),
        order(YESTERDAY, 'pending'),
      ]),
      DAY,
    );
    expect(summary.paid).toEqual([
      { currency: 'EUR', amount: '3.005', count: 2 },
      { currency: 'USD', amount: '5.30', count: 2 },
    ]);
    expect(summary.paidCount).toBe(4);
  });

  it('never claims exactness with an amount or a date it cannot read', () => {
    const badAmount = todaySummary(list([order('2026-11-29T18:00:00Z', 'paid', 'ten'), order('2026-11-29T17:00:00Z', 'paid', '1.00'), order(YESTERDAY, 'paid')]), DAY);
    expect(badAmount).toMatchObject({ paid: [{ currency: 'EUR', amount: '1.00', count: 2 }], complete: false });
    const badDate = todaySummary(list([order('not a date', 'paid'), order(YESTERDAY, 'paid')]), DAY);
    expect(badDate).toMatchObject({ paidCount: 0, complete: false });
  });

  it('has nothing to sum in an empty list, and says so exactly when the account has no orders', () => {
    expect(todaySummary(list([], { hasMore: false }), DAY)).toEqual({ paid: [], paidCount: 0, pendingCount: 0, complete: true, looked: 0 });
  });
});

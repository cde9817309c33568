/**
 * Today's figures above the recent-orders strip: what was paid (exact, per currency)
 * and how many orders still wait, from the newest orders the popup holds.
 *
 * - Today is the till's local calendar day; an order's creation time is put on this
 *   computer's clock first (the list's server offset).
 * - Paid means the badge says Paid (blockchain status `paid`). An overpaid order counts
 *   at its order amount (the extra is the customer's, not a sale); a partly paid or
 *   confirming order is still pending; a disputed one is in neither figure.
 * - The list is the account's newest orders (every till's), newest first, with no gap.
 *   The figures are complete only when that list is known to reach back past today's
 *   start, or holds every order there is; otherwise they are lower bounds ("at least").
 */
import type { OrderListView } from '../messaging/protocol';
import { onOurClock, type DayBounds } from '../shared/day-bounds';
import { addDecimal, sumToDecimal, ZERO_SUM, type DecimalSum } from './money-sum';

export interface CurrencyTotal {
  currency: string;
  /** Exact decimal string, e.g. "45.50". */
  amount: string;
  count: number;
}

export interface TodaySummary {
  /** One total per currency paid in today, by currency code. */
  paid: CurrencyTotal[];
  paidCount: number;
  pendingCount: number;
  /** Every order of today was among the rows: the figures are exact, not lower bounds. */
  complete: boolean;
  /** How many of the newest orders were looked at. */
  looked: number;
}

export type SummaryInput = Pick<OrderListView, 'orders' | 'hasMore' | 'partial' | 'serverOffsetMs'>;

export function todaySummary(list: SummaryInput, day: DayBounds): TodaySummary {
  const offset = list.serverOffsetMs ?? 0;
  const sums = new Map<string, { sum: DecimalSum; count: number }>();
  let paidCount = 0;
  let pendingCount = 0;
  let reachesBeforeToday = false;
  let doubtful = false;

  for (const row of list.orders) {
    const createdAt = onOurClock(row.created_at, offset);
    if (Number.isNaN(createdAt)) {
      doubtful = true; // cannot say which day it belongs to
      continue;
    }
    if (createdAt < day.start) {
      reachesBeforeToday = true;
      continue;
    }
    if (createdAt >= day.end) continue;
    if (row.status === 'pending') pendingCount++;
    if (row.blockchain_status !== 'paid') continue;
    paidCount++;
    const entry = sums.get(row.currency) ?? { sum: ZERO_SUM, count: 0 };
    const sum = addDecimal(entry.sum, row.amount);
    if (sum === null) doubtful = true; // an amount that cannot be read exactly is not guessed
    sums.set(row.currency, { sum: sum ?? entry.sum, count: entry.count + 1 });
  }

  const holdsEveryOrder = !list.hasMore && !list.partial;
  const paid = [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, { sum, count }]) => ({ currency, amount: sumToDecimal(sum), count }));
  return {
    paid,
    paidCount,
    pendingCount,
    complete: (reachesBeforeToday || holdsEveryOrder) && !doubtful,
    looked: list.orders.length,
  };
}

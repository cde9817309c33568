/** Close the day: the day's orders read from the API, added up per till and per cashier. */
import type { OrderRow } from './orders';

/** The figures a close of day adds up; each opens its orders. */
export const DAY_FIGURES = [
  'paid', 'partial', 'overpaid', 'expiredWithMoney', 'expiredEmpty', 'cancelled', 'dispute', 'chargeback', 'confirming', 'open',
] as const;
export type DayFigure = (typeof DAY_FIGURES)[number];

/** One group's totals (a till, a cashier, or the whole day). Money is exact decimal strings. */
export interface DayTotals {
  count: Record<DayFigure, number>;
  /** € of paid orders (their amounts). */
  paidFiat: string;
  /** Satoshi of paid orders (their BTC amounts). */
  paidSats: number;
  partialReceived: string;
  partialMissing: string;
  overpaidExcess: string;
  /** € received on orders that expired. */
  expiredReceived: string;
  /** Orders whose € could not be read exactly: left out of the sums (never guessed), counted here. */
  unreadable: number;
}

export interface DayOrder extends OrderRow {
  figures: DayFigure[];
  till: string | null;
  cashier: string | null;
}

export interface DayGroup {
  /** The till or cashier name; null: orders without one ("no till" / "no cashier"). */
  name: string | null;
  totals: DayTotals;
}

export interface DayReport {
  start: number;
  end: number;
  /** The day's orders, oldest first, each with the figures it counts under (an overpaid order is also paid). */
  orders: DayOrder[];
  total: DayTotals;
  tills: DayGroup[];
  cashiers: DayGroup[];
  /** Pages of the list that could not be read (0-based), so the figures are incomplete. */
  failedPages: number[];
  /** Cancelled by the user before the whole day was read. */
  cancelled: boolean;
  /** Only this till's orders (a cashier's view), or null: every till. */
  onlyTill: string | null;
}

/** Pushed to pages while a day is read. */
export interface DayProgress {
  kind: 'day.progress';
  jobId: string;
  pagesRead: number;
  /** Pages the list has at most (from its total), or null when unknown. */
  pagesTotal: number | null;
  ordersSeen: number;
}

export interface DayMessages {
  /** `start`/`end`: epoch ms of the chosen local day [start, end). The answer comes once it is read. */
  'day.read': { request: { jobId: string; start: number; end: number }; response: DayReport };
  'day.cancel': { request: { jobId: string }; response: { cancelled: boolean } };
}

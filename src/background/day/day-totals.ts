/**
 * The close of day's arithmetic: which figures each order counts under, and the totals per
 * till, per cashier and for the whole day, in exact decimals (never floats).
 *
 * - paid: blockchain status `paid`, at the order's amount and BTC amount; an overpaid order
 *   is paid too, and its excess (the customer's, not a sale) is the overpaid figure;
 * - partial: some money arrived and the order is still open: € received and € missing;
 * - expired: with money received (€ summed) or empty; disputes include a possible chargeback.
 */
import type { BlockchainStatus } from '../../sdk';
import type { DayFigure, DayGroup, DayOrder, DayTotals, OrderRow } from '../../messaging/protocol';
import { DAY_FIGURES } from '../../messaging/protocol';
import { tagsOf } from '../../messaging/order-tags';
import { decimalSum } from '../../shared/decimal';

const DISPUTES: readonly BlockchainStatus[] = ['network_dispute', 'mempool_network_dispute', 'possible_chargeback'];

export function figuresOf(row: OrderRow): DayFigure[] {
  const status = row.blockchain_status;
  const arrived = row.arrived ?? null;
  if (status === 'paid') return arrived !== null && arrived.overpaidSats > 0 ? ['paid', 'overpaid'] : ['paid'];
  if (status === 'partial') return ['partial'];
  if (status === 'mempool_unconfirmed' || status === 'unconfirmed') return ['confirming'];
  if (status === 'expired' || row.status === 'expired') return [arrived !== null ? 'expiredWithMoney' : 'expiredEmpty'];
  if (status === 'cancelled' || row.status === 'cancelled') return ['cancelled'];
  if (status === 'chargeback' || row.status === 'chargeback') return ['chargeback'];
  if (DISPUTES.includes(status) || row.status === 'network_dispute') return ['dispute'];
  return ['open'];
}

export function dayOrder(row: OrderRow): DayOrder {
  const tags = tagsOf(row.details);
  return { ...row, figures: figuresOf(row), till: tags.till ?? null, cashier: tags.cashier ?? null };
}

export function emptyTotals(): DayTotals {
  const count = Object.fromEntries(DAY_FIGURES.map((f) => [f, 0])) as Record<DayFigure, number>;
  return { count, paidFiat: '0.00', paidSats: 0, partialReceived: '0.00', partialMissing: '0.00', overpaidExcess: '0.00', expiredReceived: '0.00', unreadable: 0 };
}

type MoneyField = 'paidFiat' | 'partialReceived' | 'partialMissing' | 'overpaidExcess' | 'expiredReceived';

/** Adds `amount` to a money field; an unreadable amount is counted, never guessed. */
function addMoney(totals: DayTotals, field: MoneyField, amount: string | null | undefined): boolean {
  const sum = amount == null ? null : decimalSum(totals[field], amount);
  if (sum === null) return false;
  totals[field] = sum;
  return true;
}

/** Adds one order to `totals` (mutates it). */
export function addOrder(totals: DayTotals, order: DayOrder): void {
  let readable = true;
  for (const figure of order.figures) totals.count[figure]++;
  const arrived = order.arrived ?? null;
  if (order.figures.includes('paid')) {
    readable = addMoney(totals, 'paidFiat', order.amount) && readable;
    totals.paidSats += order.btc_amount;
  }
  if (order.figures.includes('overpaid')) readable = addMoney(totals, 'overpaidExcess', arrived?.overpaidFiat) && readable;
  if (order.figures.includes('partial')) {
    readable = addMoney(totals, 'partialReceived', arrived?.fiat) && readable;
    readable = addMoney(totals, 'partialMissing', arrived?.missingFiat) && readable;
  }
  if (order.figures.includes('expiredWithMoney')) readable = addMoney(totals, 'expiredReceived', arrived?.fiat) && readable;
  if (!readable) totals.unreadable++;
}

/** Totals per name (null: orders carrying none), named groups in name order, the unnamed last. */
export function groupTotals(orders: readonly DayOrder[], nameOf: (order: DayOrder) => string | null): DayGroup[] {
  const groups = new Map<string | null, DayTotals>();
  for (const order of orders) {
    const name = nameOf(order);
    const totals = groups.get(name) ?? emptyTotals();
    addOrder(totals, order);
    groups.set(name, totals);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([name, totals]) => ({ name, totals }));
}

export function dayTotals(orders: readonly DayOrder[]): DayTotals {
  const totals = emptyTotals();
  for (const order of orders) addOrder(totals, order);
  return totals;
}

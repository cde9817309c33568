/** A figure picked in the close of day, the orders it opens, and how groups and values are named. */
import type { DayFigure, DayOrder } from '../../messaging/protocol';
import { formatBtc, formatFiat, formatNumber } from '../../shared/format';
import { t, type MessageKey } from '../../shared/i18n';
import type { RowValue } from './day-rows';

/** The orders a figure opens: of one till or cashier (`name`; null: none), or of every group (undefined). */
export interface Picked {
  by: 'till' | 'cashier';
  name: string | null | undefined;
  figure: DayFigure;
}

export function pickedOrders(orders: readonly DayOrder[], picked: Picked): DayOrder[] {
  return orders.filter((o) => o.figures.includes(picked.figure) && (picked.name === undefined || o[picked.by] === picked.name));
}

export function showValue(value: RowValue): string {
  if (value.kind === 'count') return formatNumber(value.value);
  if (value.kind === 'fiat') return formatFiat(value.value, 'EUR');
  return formatBtc(value.value);
}

export function groupName(by: Picked['by'], name: string | null | undefined): string {
  if (name === undefined) return t('day_total');
  return name ?? t(by === 'till' ? 'day_no_till' : 'day_no_cashier');
}

/** The word of a figure when its orders are listed. */
export const FIGURE_LABEL: Record<DayFigure, MessageKey> = {
  paid: 'day_row_paid_count', partial: 'day_row_partial_received', overpaid: 'day_row_overpaid', expiredWithMoney: 'day_row_expired_money',
  expiredEmpty: 'day_row_expired_empty', cancelled: 'day_row_cancelled', dispute: 'day_row_dispute', chargeback: 'day_row_chargeback',
  confirming: 'day_row_confirming', open: 'day_row_open',
};

/** "Cassa 1 — Paid (orders)": the heading of a picked figure's orders. */
export function pickedTitle(picked: Picked): string {
  return t('day_orders_of', groupName(picked.by, picked.name), t(FIGURE_LABEL[picked.figure]));
}

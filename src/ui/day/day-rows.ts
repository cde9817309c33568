/** The rows of the close-of-day table: what each shows and which orders it opens. */
import type { DayFigure, DayTotals } from '../../messaging/protocol';
import type { MessageKey } from '../../shared/i18n';

export type RowValue = { kind: 'count'; value: number } | { kind: 'fiat'; value: string } | { kind: 'sats'; value: number };

export interface DayRow {
  label: MessageKey;
  figure: DayFigure;
  value: (totals: DayTotals) => RowValue;
}

const count = (figure: DayFigure, label: MessageKey): DayRow => ({ label, figure, value: (t) => ({ kind: 'count', value: t.count[figure] }) });
const fiat = (figure: DayFigure, label: MessageKey, field: 'paidFiat' | 'partialReceived' | 'partialMissing' | 'overpaidExcess' | 'expiredReceived'): DayRow =>
  ({ label, figure, value: (t) => ({ kind: 'fiat', value: t[field] }) });

export const DAY_ROWS: readonly DayRow[] = [
  count('paid', 'day_row_paid_count'),
  fiat('paid', 'day_row_paid_fiat', 'paidFiat'),
  { label: 'day_row_paid_btc', figure: 'paid', value: (t) => ({ kind: 'sats', value: t.paidSats }) },
  fiat('partial', 'day_row_partial_received', 'partialReceived'),
  fiat('partial', 'day_row_partial_missing', 'partialMissing'),
  fiat('overpaid', 'day_row_overpaid', 'overpaidExcess'),
  fiat('expiredWithMoney', 'day_row_expired_money', 'expiredReceived'),
  count('expiredEmpty', 'day_row_expired_empty'),
  count('cancelled', 'day_row_cancelled'),
  count('dispute', 'day_row_dispute'),
  count('chargeback', 'day_row_chargeback'),
  count('confirming', 'day_row_confirming'),
  count('open', 'day_row_open'),
];

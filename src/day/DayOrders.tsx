import type { DayOrder } from '../messaging/protocol';
import { saleCodeOf } from '../messaging/sale-code';
import { formatFiat, formatTime } from '../shared/format';
import { t } from '../shared/i18n';
import { statusLabel } from '../shared/status';
import { groupName, type Picked } from './DayTable';

/** The orders behind the figure picked in a table. */
export function DayOrders({ orders, picked }: { orders: DayOrder[]; picked: Picked }) {
  const label = DAY_LABEL[picked.figure];
  const shown = orders.filter((o) => o.figures.includes(picked.figure) && (picked.name === undefined || o[picked.by] === picked.name));
  return (
    <section class="day-orders" aria-live="polite">
      <h2>{t('day_orders_of', groupName(picked.by, picked.name), t(label))}</h2>
      {shown.length === 0 ? <p>{t('day_no_orders')}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('day_col_time')}</th>
              <th scope="col">{t('day_col_sale')}</th>
              <th scope="col">{t('day_col_amount')}</th>
              <th scope="col">{t('day_col_status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((o) => (
              <tr key={o.uuid}>
                <td>{formatTime(o.created_at)}</td>
                <td>{saleCodeOf(o.reference) ? `#${saleCodeOf(o.reference)}` : (o.reference ?? '—')}</td>
                <td>{formatFiat(o.amount, o.currency)}</td>
                <td>{statusLabel(o).word}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const DAY_LABEL = {
  paid: 'day_row_paid_count', partial: 'day_row_partial_received', overpaid: 'day_row_overpaid', expiredWithMoney: 'day_row_expired_money',
  expiredEmpty: 'day_row_expired_empty', cancelled: 'day_row_cancelled', dispute: 'day_row_dispute', chargeback: 'day_row_chargeback',
  confirming: 'day_row_confirming', open: 'day_row_open',
} as const;

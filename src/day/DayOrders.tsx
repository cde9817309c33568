import type { DayOrder } from '../messaging/protocol';
import { saleCodeOf } from '../messaging/sale-code';
import { formatFiat, formatTime } from '../shared/format';
import { t } from '../shared/i18n';
import { statusLabel } from '../shared/status';
import { pickedOrders, pickedTitle, type Picked } from '../ui/day/day-pick';

/** The orders behind the figure picked in a table. */
export function DayOrders({ orders, picked }: { orders: DayOrder[]; picked: Picked }) {
  const shown = pickedOrders(orders, picked);
  return (
    <section class="day-orders" aria-live="polite">
      <h2>{pickedTitle(picked)}</h2>
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

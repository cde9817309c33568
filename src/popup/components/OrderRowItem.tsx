import type { OrderRow } from '../../messaging/protocol';
import { tagsOf, typedDetails } from '../../messaging/order-tags';
import { saleCodeOf, typedReference } from '../../messaging/sale-code';
import { statusBadge } from '../../ui/StatusBadge';
import { arrivedShort } from '../../shared/arrived-words';
import { formatFiat, formatRelative, formatTime } from '../../shared/format';
import { t } from '../../shared/i18n';

/**
 * One list row: amount, sale code, what it was for, when, and its status badge. A plain function
 * rather than a component, with no click handler of its own (the list handles clicks
 * by `data-uuid`). `showTill`: the shop names its tills, so the row says whose sale it was (or "no till"): the popup draws up to 50 rows at a time, and a component instance
 * and a listener per row are a measurable part of it (bench figure 1). `now` is the server's
 * clock now, for "5 minutes ago", or `'clock'` for the time of day it was made (a day's list).
 */
export function orderRowItem(row: OrderRow, now: number | 'clock', showTill = false) {
  const created = Date.parse(row.created_at);
  const saleCode = saleCodeOf(row.reference);
  const what = typedReference(row.reference) ?? typedDetails(row.details);
  const till = showTill ? ` · ${tagsOf(row.details).till ?? t('orders_no_till')}` : '';
  // Money received and some missing (part-paid, or ended so): said on the row itself.
  const arrived = row.arrived ? arrivedShort(row.arrived, row.amount, row.currency) : null;
  return (
    <li key={row.uuid}>
      <button type="button" class="order-row" data-uuid={row.uuid}>
        <span class="row-amount">{formatFiat(row.amount, row.currency)}</span>
        <span class="row-what">
          {saleCode ? <span class="sale-code">#{saleCode} </span> : null}
          {what ?? (saleCode ? null : <span class="muted">{t('orders_no_reference')}</span>)}
        </span>
        <span class="row-when muted">{Number.isNaN(created) ? row.created_at : now === 'clock' ? formatTime(created) : formatRelative(created, now)}{till}</span>
        {statusBadge(row)}
        {arrived ? <span class="row-arrived">{arrived}</span> : null}
      </button>
    </li>
  );
}

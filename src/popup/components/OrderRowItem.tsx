import type { OrderRow } from '../../messaging/protocol';
import { statusBadge } from '../../ui/StatusBadge';
import { formatFiat, formatRelative } from '../../shared/format';

/**
 * One list row: amount, what it was for, when, and its status badge. A plain function
 * rather than a component, with no click handler of its own (the list handles clicks
 * by `data-uuid`): the popup draws 50 rows in its first frame, and a component instance
 * and a listener per row are a measurable part of it (bench figure 1).
 */
export function orderRowItem(row: OrderRow, now: number) {
  const created = Date.parse(row.created_at);
  return (
    <li key={row.uuid}>
      <button type="button" class="order-row" data-uuid={row.uuid}>
        <span class="row-amount">{formatFiat(row.amount, row.currency)}</span>
        <span class="row-what">{row.reference ?? row.details ?? <span class="muted">No reference</span>}</span>
        <span class="row-when muted">{Number.isNaN(created) ? row.created_at : formatRelative(created, now)}</span>
        {statusBadge(row)}
      </button>
    </li>
  );
}

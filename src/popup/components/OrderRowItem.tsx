import type { OrderRow } from '../../messaging/protocol';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatFiat, formatRelative } from '../../ui/format';

/** One list row: amount, what it was for, when, and its status badge. */
export function OrderRowItem({ row, now, onOpen }: { row: OrderRow; now: number; onOpen: (row: OrderRow) => void }) {
  const created = Date.parse(row.created_at);
  return (
    <li>
      <button type="button" class="order-row" data-uuid={row.uuid} onClick={() => onOpen(row)}>
        <span class="row-amount">{formatFiat(row.amount, row.currency)}</span>
        <span class="row-what">{row.reference ?? row.details ?? <span class="muted">No reference</span>}</span>
        <span class="row-when muted">{Number.isNaN(created) ? row.created_at : formatRelative(created, now)}</span>
        <StatusBadge state={row} />
      </button>
    </li>
  );
}

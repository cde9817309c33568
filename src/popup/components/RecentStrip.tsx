import type { OrderRow } from '../../messaging/protocol';
import { t } from '../../shared/i18n';
import { orderRowItem } from './OrderRowItem';

interface RecentStripProps {
  rows: readonly OrderRow[];
  /** The server's clock now (row ages are measured on it). */
  serverNow: number;
  onOpen: (row: OrderRow) => void;
  onShowAll: () => void;
  showTill: boolean;
}

/** The newest orders under the New order form, as the Orders list draws them; a row opens its order. */
export function RecentStrip({ rows, serverNow, onOpen, onShowAll, showTill }: RecentStripProps) {
  // One listener for the rows, as in the Orders list: each row's button carries its uuid.
  const openClicked = (e: MouseEvent) => {
    const uuid = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-uuid]')?.dataset.uuid : undefined;
    const row = rows.find((r) => r.uuid === uuid);
    if (row) onOpen(row);
  };
  return (
    <div class="recent">
      <div class="recent-head">
        <h2 id="recent-title" class="today-title">
          {t('glance_recent')}
        </h2>
        <button type="button" class="link" onClick={onShowAll}>
          {t('glance_all_orders')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p class="muted small">{t('glance_none')}</p>
      ) : (
        <ul class="order-list recent-strip" aria-labelledby="recent-title" onClick={openClicked}>
          {rows.map((row) => orderRowItem(row, serverNow, showTill))}
        </ul>
      )}
    </div>
  );
}

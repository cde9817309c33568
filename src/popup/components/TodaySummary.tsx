import type { OrderListView } from '../../messaging/protocol';
import { errorText, type WireError } from '../../messaging/result';
import { formatFiat, formatTime } from '../../shared/format';
import { plural, t } from '../../shared/i18n';
import type { Freshness } from '../hooks/useRecentOrders';
import { localDay } from '../../shared/day-bounds';
import { todaySummary } from '../today-summary';

interface TodaySummaryProps {
  list: OrderListView | null;
  freshness: Freshness;
  /** This computer's clock (the day is the till's local day). */
  now: number;
  onCountAll: () => void;
  counting: boolean;
  countError: WireError | null;
  /** Opens Close the day in the popup. */
  onOpenDay: () => void;
}

/**
 * Today's paid total and count, and the pending count. Figures that cannot be proven
 * complete say "at least"; none are shown until this opening's refresh has answered
 * (the figures the popup drew last time may be hours old).
 */
export function TodaySummary({ list, freshness, now, onCountAll, counting, countError, onOpenDay }: TodaySummaryProps) {
  const ready = list !== null && freshness !== 'updating';
  const summary = ready ? todaySummary(list, localDay(now)) : null;
  const bound = (text: string) => (summary?.complete ? text : t('glance_at_least', text));
  const paid = summary
    ? summary.paid.length > 0
      ? summary.paid.map((p) => formatFiat(p.amount, p.currency)).join(' + ')
      : formatFiat('0', list?.orders[0]?.currency ?? 'EUR')
    : '…';

  return (
    <div class="today" role="group" aria-labelledby="today-title" aria-busy={!ready}>
      <div class="today-head">
        <h2 id="today-title" class="today-title">
          {t('glance_today')}
        </h2>
        <button type="button" id="open-day" class="link small" onClick={onOpenDay}>{t('day_open_page')}</button>
      </div>
      <p class="today-figures">
        <span class="today-paid">
          {t('glance_paid')} <strong>{summary ? bound(paid) : paid}</strong>
          {summary ? <span class="muted"> · {bound(plural('glance_orders', summary.paidCount))}</span> : null}
        </span>
        {summary ? <span class="today-pending">{bound(plural('glance_pending', summary.pendingCount))}</span> : null}
      </p>
      {summary && !summary.complete ? (
        <p class="today-partial muted small">
          {plural('glance_partial', summary.looked)}{' '}
          {list?.hasMore || list?.partial ? (
            <button type="button" class="link" onClick={onCountAll} disabled={counting}>
              {counting ? t('glance_counting') : t('glance_count_all')}
            </button>
          ) : null}
        </p>
      ) : null}
      {countError ? (
        <p class="today-stale small" role="alert">
          {t('glance_count_failed', errorText(countError))}
        </p>
      ) : null}
      <FreshnessNote freshness={freshness} fetchedAt={list?.fetchedAt ?? null} />
    </div>
  );
}

function FreshnessNote({ freshness, fetchedAt }: { freshness: Freshness; fetchedAt: number | null }) {
  if (freshness === 'fresh') return null;
  const text =
    freshness === 'updating'
      ? t('glance_updating')
      : fetchedAt === null
        ? t('glance_never_updated')
        : t(freshness === 'offline' ? 'glance_offline' : 'glance_not_updated', formatTime(fetchedAt));
  return (
    <p class={freshness === 'updating' ? 'muted small' : 'today-stale small'} role="status">
      {text}
    </p>
  );
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { STATUS_FILTERS, type OrderListView, type OrderRow, type StatusFilter } from '../../messaging/protocol';
import { errorText } from '../../messaging/result';
import { send } from '../../messaging/send';
import { ErrorBox } from '../../ui/ErrorBox';
import { formatDateTime, formatNumber, formatRelative } from '../../shared/format';
import { t, type MessageKey } from '../../shared/i18n';
import { ordersCountText } from '../orders-count';
import { orderRowItem } from '../components/OrderRowItem';
import { listFileName, ordersToCsv } from '../csv';
import { tagsOf } from '../../messaging/order-tags';
import { TillFilter, useScopedRows, useTillScope } from './TillFilter';
import { downloadText } from '../../ui/download';
import { useNow } from '../../ui/useNow';
import { useOrders } from '../hooks/useOrders';
import { afterFirstPaint } from '../first-paint';
import { buildSearchIndex, normalizeQuery, searchRows } from '../search';
import { firstFrameRows, PAGE_ROWS } from './list-size';


/** The worker's first page of a list (the API's page_size). */
const FIRST_PAGE = 40;

const FILTER_LABELS: Record<StatusFilter, MessageKey> = {
  all: 'orders_filter_all',
  pending: 'status_pending',
  paid: 'status_paid',
  expired: 'status_expired',
  cancelled: 'status_cancelled',
  dispute: 'status_dispute',
  chargeback: 'status_chargeback',
};

const EMPTY: OrderRow[] = [];

/** Recent orders: cached at once, refreshed behind, filtered by status (API) and search (local). */
interface OrdersViewProps {
  onOpen: (row: OrderRow) => void;
  /** Bumped when orders may have changed elsewhere (created, cancelled): refresh then. */
  version: number;
  /** Whose orders these are (mode, host, client id): a snapshot of another account is never drawn. */
  account: string;
  /** This till's name ('' when unnamed: no till filter then). */
  tillName: string;
  /** A cashier sees this till's orders first. */
  cashierMode: boolean;
}

export function OrdersView({ onOpen, version, account, tillName, cashierMode }: OrdersViewProps) {
  const { scope, setScope } = useTillScope(tillName, cashierMode);
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE_ROWS);
  const { list, error, refreshing, loadingMore, refresh, reloadCached, loadMore } = useOrders(filter, account);
  const now = useNow(5000);
  // Order dates are the server's: "N minutes ago" is measured on its clock.
  const serverNow = now + (list?.serverOffsetMs ?? 0);
  const firstVersion = useRef(version);
  const loadedCount = useRef(0);
  loadedCount.current = list?.orders.length ?? 0;
  useEffect(() => {
    if (version === firstVersion.current) return;
    // The worker patches its cached lists as orders change; a refresh from the
    // API would drop older pages the cashier loaded, so only a first page is refreshed.
    reloadCached();
    if (loadedCount.current <= FIRST_PAGE) refresh();
  }, [version, refresh, reloadCached]);

  const rows = useScopedRows(list?.orders ?? EMPTY, scope, tillName);
  const index = useMemo(() => buildSearchIndex(rows), [rows]);
  const matches = useMemo(() => searchRows(index, query), [index, query]);
  const searching = normalizeQuery(query) !== '';
  // The first frame with rows draws only a screenful of them (see `.first-frame` in
  // popup.css); once that frame is on screen, the rest are drawn, each when scrolled to.
  const [firstFrame, setFirstFrame] = useState(true);
  const visible = matches.slice(0, firstFrame ? Math.min(shown, firstFrameRows(window.innerHeight)) : shown);
  const hasRows = visible.length > 0;
  useEffect(() => {
    if (hasRows) void afterFirstPaint().then(() => setFirstFrame(false));
  }, [hasRows]);

  // One listener for all rows: each row's button carries its order's uuid.
  const openClickedRow = (e: MouseEvent) => {
    const uuid = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-uuid]')?.dataset.uuid : undefined;
    const row = uuid === undefined ? undefined : rows.find((r) => r.uuid === uuid);
    if (row) onOpen(row);
  };

  // The worker decides what may leave the till (a cashier: today's orders only); the search still applies.
  const [exportNote, setExportNote] = useState<string | null>(null);
  const exportCsv = async () => {
    const result = await send('orders.export', { filter });
    if (!result.ok) return setExportNote(errorText(result.error));
    const exportable = scope === 'this' ? result.data.orders.filter((row) => tagsOf(row.details).till === tillName) : result.data.orders;
    const listed = searchRows(buildSearchIndex(exportable), query).map((i) => exportable[i] as OrderRow);
    const name = listFileName({ till: scope === 'this' ? tillName : null, todayOnly: result.data.todayOnly, status: filter, searched: normalizeQuery(query) !== '' });
    downloadText(name, ordersToCsv(listed));
    setExportNote(result.data.todayOnly ? t('orders_export_today_only', formatNumber(listed.length)) : null);
  };

  return (
    <section class="orders" aria-label={t('orders_title')}>
      <div class="orders-controls">
        <div class="field">
          <label for="status-filter">{t('orders_status')}</label>
          <select
            id="status-filter"
            value={filter}
            onChange={(e) => {
              setFilter(e.currentTarget.value as StatusFilter);
              setShown(PAGE_ROWS);
            }}
          >
            {STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(FILTER_LABELS[value])}
              </option>
            ))}
          </select>
        </div>
        {tillName ? <TillFilter tillName={tillName} scope={scope} onChange={(next) => (setScope(next), setShown(PAGE_ROWS))} /> : null}
        <div class="field grow">
          <label for="order-search">{t('orders_search')}</label>
          <input
            id="order-search"
            type="search"
            value={query}
            placeholder={t('orders_search_placeholder')}
            aria-keyshortcuts="/"
            aria-describedby="orders-count"
            autocomplete="off"
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setShown(PAGE_ROWS);
            }}
          />
        </div>
      </div>

      <div class="orders-bar">
        <Freshness list={list} refreshing={refreshing} now={now} />
        <button type="button" class="link" onClick={refresh} disabled={refreshing}>
          {t('orders_refresh')}
        </button>
        <button type="button" onClick={() => void exportCsv()} disabled={matches.length === 0}>
          {t('orders_export_csv')}
        </button>
      </div>

      {exportNote ? (
        <p class="export-note" role="status">
          {exportNote}
        </p>
      ) : null}
      {error ? <ErrorBox error={error} title={list ? t('orders_refresh_failed') : t('orders_load_failed')} /> : null}

      <p id="orders-count" class="muted small" role="status">
        {list === null
          ? t('orders_loading')
          : ordersCountText(rows.length, list.totalItems, list.offlineSince !== null, searching ? matches.length : null)}
      </p>

      {list && rows.length === 0 ? (
        <p class="empty">{filter === 'all' ? t('orders_empty') : t('orders_empty_status', t(FILTER_LABELS[filter]))}</p>
      ) : null}
      {list && rows.length > 0 && matches.length === 0 ? <p class="empty">{t('orders_no_match', query.trim())}</p> : null}

      {visible.length > 0 ? (
        <ul class={firstFrame ? 'order-list first-frame' : 'order-list'} aria-label={t('orders_list_label')} onClick={openClickedRow}>
          {visible.map((i) => orderRowItem(rows[i] as OrderRow, serverNow, tillName !== ''))}
        </ul>
      ) : null}

      <div class="actions wrap list-more">
        {matches.length > shown ? (
          <button type="button" onClick={() => setShown(shown + PAGE_ROWS)}>
            {t('orders_show_more', formatNumber(Math.min(PAGE_ROWS, matches.length - shown)))}
          </button>
        ) : null}
        {list?.hasMore && matches.length <= shown ? (
          <button type="button" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? t('common_loading') : t('orders_load_older')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function Freshness({ list, refreshing, now }: { list: OrderListView | null; refreshing: boolean; now: number }) {
  if (list?.offlineSince) {
    return (
      <span class="freshness offline">
        {t('orders_offline_since', formatDateTime(new Date(list.offlineSince).toISOString()))}
      </span>
    );
  }
  const updated = list?.fetchedAt ? t('common_updated', formatRelative(list.fetchedAt, Math.max(now, list.fetchedAt))) : t('orders_not_updated');
  return (
    <span class="freshness muted">
      {updated}
      {refreshing ? ` · ${t('orders_updating')}` : ''}
    </span>
  );
}

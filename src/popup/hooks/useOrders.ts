import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OrderListView, StatusFilter } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import { subscribeUpdates } from '../../messaging/subscribe';
import { bootCache, sameListView } from '../boot-cache';
import { afterFirstPaint, afterNextPaint } from '../first-paint';
import { refreshList } from '../list-refresh';
import { takePrefetchedOrders } from '../prefetch';
import { FIRST_PAINT_ROWS } from '../views/list-size';

export interface OrdersState {
  list: OrderListView | null;
  error: WireError | null;
  refreshing: boolean;
  loadingMore: boolean;
  refresh: () => void;
  /** Re-reads the worker's cached list (which it patches as orders change), keeping loaded pages. */
  reloadCached: () => void;
  loadMore: () => void;
}

/**
 * The recent orders for one status filter: the worker's cached list at once,
 * then a refresh from the API behind it. A failed refresh keeps the cached
 * list on screen beside the error.
 */
export function useOrders(filter: StatusFilter, account: string): OrdersState {
  // The last "All" list this popup showed draws the first frame; the worker's answer replaces it.
  const [list, setShownList] = useState<OrderListView | null>(() =>
    filter === 'all' ? bootCache().list(account) : null,
  );
  const shown = useRef(list);
  const setList = useCallback(
    (view: OrderListView) => {
      // The worker usually confirms the snapshot drawn first: nothing to draw or store again.
      if (shown.current && sameListView(shown.current, view)) return;
      shown.current = view;
      setShownList(view);
      bootCache().saveList(account, view);
    },
    [account],
  );
  const [error, setError] = useState<WireError | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  // Answers for a filter the cashier has already left are dropped.
  const current = useRef(filter);

  const refresh = useCallback(() => {
    setRefreshing(true);
    void refreshList(filter).then((result) => {
      if (current.current !== filter) return;
      setRefreshing(false);
      if (result.ok) {
        setList(result.data);
        setError(null);
      } else setError(result.error);
    });
  }, [filter, setList]);

  /** The newest rows first (unless already drawn), then the whole cached list (for search and "show more"). */
  const readCached = useCallback(
    async (newestDrawn = false) => {
      if (!newestDrawn) {
        const prefetched = filter === 'all' ? takePrefetchedOrders() : null;
        const newest = await (prefetched ?? send('orders.cached', { filter, limit: FIRST_PAINT_ROWS }));
        if (current.current !== filter) return;
        if (!newest.ok) return setError(newest.error);
        setList(newest.data);
        if (!newest.data.partial) return;
        await afterNextPaint();
        if (current.current !== filter) return;
      }
      const whole = await send('orders.cached', { filter });
      if (current.current !== filter) return;
      if (whole.ok) setList(whole.data);
      else setError(whole.error);
    },
    [filter, setList],
  );
  // With a list on screen, only the whole cached list is read: drawing the newest rows first
  // would shrink the list for a moment, dropping the row the cashier came back to (and its focus).
  const reloadCached = useCallback(() => void readCached(shown.current !== null), [readCached]);

  const drawnFromSnapshot = useRef(list !== null);
  useEffect(() => {
    current.current = filter;
    setError(null);
    // The refresh is asked for once the cached list is on screen, so it never delays it;
    // a list drawn from the snapshot waits for its frame before the worker is asked at all.
    const newestDrawn = drawnFromSnapshot.current;
    drawnFromSnapshot.current = false;
    void (newestDrawn ? afterFirstPaint() : Promise.resolve()).then(() => readCached(newestDrawn)).then(refresh);
  }, [filter, refresh, readCached]);

  // The worker pushes every fresh copy of an order (its watch, its alarm poll): a shown
  // row whose status changed sends the list back to the worker's cache, which it has patched.
  useEffect(
    () =>
      subscribeUpdates({
        watch: null,
        onPush: (push) => {
          if (push.type !== 'order') return;
          const { row } = push;
          const before = shown.current?.orders.find((r) => r.uuid === row.uuid);
          if (before && (before.status !== row.status || before.blockchain_status !== row.blockchain_status)) reloadCached();
        },
        onReconnect: reloadCached,
      }),
    [reloadCached],
  );

  const loadMore = useCallback(() => {
    setLoadingMore(true);
    void send('orders.more', { filter }).then((result) => {
      if (current.current !== filter) return;
      setLoadingMore(false);
      if (!result.ok) return setError(result.error);
      setError(null);
      const { after, ...page } = result.data;
      if (after === undefined) return setList(page);
      // Usually the worker sends only the rows the page adds, after the last row shown here.
      const before = shown.current;
      if (before && before.filter === filter && !before.partial && (before.orders.at(-1)?.uuid ?? null) === after) {
        setList({ ...page, orders: [...before.orders, ...page.orders] });
      } else void readCached(true);
    });
  }, [filter, setList, readCached]);

  return { list: list?.filter === filter ? list : null, error, refreshing, loadingMore, refresh, reloadCached, loadMore };
}

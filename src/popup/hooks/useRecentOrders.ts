import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrderListView } from '../../messaging/protocol';
import { send } from '../../messaging/send';
import { subscribeUpdates } from '../../messaging/subscribe';
import { bootCache, sameListView } from '../boot-cache';
import { afterFirstPaint } from '../first-paint';
import { refreshList } from '../list-refresh';
import { withPushedRow } from '../recent-list';

/** How many of the worker's cached rows the summary looks at (today's orders, in a busy shop). */
export const SUMMARY_ROWS = 200;

/** Where this opening's refresh from the API stands. */
export type Freshness = 'updating' | 'fresh' | 'offline' | 'failed';

export interface RecentOrders {
  list: OrderListView | null;
  freshness: Freshness;
}

/**
 * The newest orders of "All" for the New order tab: the rows the popup showed last draw
 * the first frame; once the tab is shown, the worker's cached rows, then one refresh from
 * the API (shared with the Orders tab's, see list-refresh.ts) for every till's new orders.
 * After that the worker's pushes keep it live without asking again.
 */
export function useRecentOrders(account: string, active: boolean): RecentOrders {
  const [list, setList] = useState<OrderListView | null>(() => bootCache().list(account));
  const [freshness, setFreshness] = useState<Freshness>('updating');
  const alive = useRef(true);
  const shownOnce = useRef(false);

  const take = (view: OrderListView) => {
    if (!alive.current) return;
    setList((before) => (before && sameListView(before, view) ? before : view));
    bootCache().saveList(account, view);
  };
  const readCached = async () => {
    const cached = await send('orders.cached', { filter: 'all', limit: SUMMARY_ROWS });
    if (cached.ok) take(cached.data);
  };

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // Nothing is asked while the tab is hidden (the Orders tab opened straight away reads its own).
  useEffect(() => {
    if (!active) return;
    if (shownOnce.current) {
      void readCached(); // back on the tab: the Orders tab may have refreshed the worker's list
      return;
    }
    shownOnce.current = true;
    void afterFirstPaint()
      .then(readCached)
      .then(() => refreshList('all'))
      .then((fresh) => {
        if (!alive.current) return;
        if (!fresh.ok) return setFreshness('failed');
        take(fresh.data);
        setFreshness(fresh.data.offlineSince === null ? 'fresh' : 'offline');
      });
  }, [active]);

  // One subscription per mount (the App mounts this afresh for another account).
  useEffect(
    () =>
      subscribeUpdates({
        watch: null,
        onPush: (push) => {
          if (push.type === 'order') setList((before) => before && withPushedRow(before, push.row));
        },
        onReconnect: () => void readCached(),
      }),
    [],
  );

  return { list, freshness };
}

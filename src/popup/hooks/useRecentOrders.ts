import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrderListView } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import { subscribeUpdates } from '../../messaging/subscribe';
import { bootCache, sameListView } from '../boot-cache';
import { afterSettling } from '../first-paint';
import { refreshList } from '../list-refresh';
import { withPushedRow } from '../recent-list';
import { localDay, onOurClock } from '../../shared/day-bounds';

/** How many of the worker's cached rows the summary looks at (today's orders, in a busy shop). */
export const SUMMARY_ROWS = 200;
/** "Count all of today" stops after this many pages of 40 (a day of 2,000 orders). */
export const MAX_COUNT_PAGES = 50;

/** Where this opening's refresh from the API stands. */
export type Freshness = 'updating' | 'fresh' | 'offline' | 'failed';

export interface RecentOrders {
  list: OrderListView | null;
  freshness: Freshness;
  /** Loads older pages until the list reaches back past the start of today (or ends). */
  countToday: () => void;
  counting: boolean;
  countError: WireError | null;
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
  const [counting, setCounting] = useState(false);
  const [countError, setCountError] = useState<WireError | null>(null);
  const alive = useRef(true);
  const shownOnce = useRef(false);
  /** After "Count all of today" the whole cached list is read, not only its newest rows. */
  const whole = useRef(false);

  const take = (view: OrderListView) => {
    if (!alive.current) return;
    setList((before) => (before && sameListView(before, view) ? before : view));
    bootCache().saveList(account, view);
  };
  const readCached = async () => {
    const cached = await send('orders.cached', whole.current ? { filter: 'all' } : { filter: 'all', limit: SUMMARY_ROWS });
    if (cached.ok) take(cached.data);
  };

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // Nothing is asked while the tab is hidden (the Orders tab opened straight away reads and
  // refreshes its own list; a refresh from here would race its read of the whole cached list).
  const shown = useRef(active);
  shown.current = active;
  useEffect(() => {
    if (!active) return;
    if (shownOnce.current) {
      void readCached(); // back on the tab: the Orders tab may have refreshed the worker's list
      return;
    }
    void afterSettling().then(async () => {
      if (!shown.current || shownOnce.current || !alive.current) return;
      shownOnce.current = true;
      await readCached();
      const fresh = await refreshList('all');
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

  const countToday = () => {
    if (counting) return;
    setCounting(true);
    setCountError(null);
    whole.current = true;
    void (async () => {
      const { start } = localDay(Date.now());
      for (let page = 0; page < MAX_COUNT_PAGES; page++) {
        const more = await send('orders.more', { filter: 'all' });
        if (!more.ok) {
          if (alive.current) setCountError(more.error);
          break;
        }
        // Only the rows this page adds (or the whole list): stop once one is older than today.
        const offset = more.data.serverOffsetMs ?? 0;
        const reached = more.data.orders.some((r) => onOurClock(r.created_at, offset) < start);
        if (reached || !more.data.hasMore || more.data.offlineSince !== null || !alive.current) break;
      }
      await readCached();
      if (alive.current) setCounting(false);
    })();
  };

  return { list, freshness, countToday, counting, countError };
}

import type { OrderRow } from '../../messaging/protocol';
import { useNow } from '../../ui/useNow';
import { useRecentOrders } from '../hooks/useRecentOrders';
import { stripRows } from '../recent-list';
import { RecentStrip } from './RecentStrip';
import { TodaySummary } from './TodaySummary';

interface GlanceProps {
  /** Whose orders (mode, host, client id): another account's snapshot is never drawn. */
  account: string;
  /** The New order tab is on screen. */
  active: boolean;
  onOpen: (row: OrderRow) => void;
  onShowAll: () => void;
  /** The shop names its tills: each row says whose sale it was. */
  showTill: boolean;
  onOpenDay: () => void;
}

/** Under the New order form: today's figures and the latest orders, kept live. */
export function Glance({ account, active, onOpen, onShowAll, showTill, onOpenDay }: GlanceProps) {
  const { list, freshness, countToday, counting, countError } = useRecentOrders(account, active);
  useNow(10_000); // draws the ages again every 10 s
  // Read at each drawing: a row that just arrived is never "in 1 second" from a stale clock.
  const now = Date.now();
  const newest = Date.parse(list?.orders[0]?.created_at ?? '');
  const offset = list?.serverOffsetMs ?? 0;
  const serverNow = Number.isNaN(newest) ? now + offset : Math.max(now + offset, newest);
  return (
    <section class="glance">
      <TodaySummary list={list} freshness={freshness} now={now} onCountAll={countToday} counting={counting} countError={countError} onOpenDay={onOpenDay} />
      <RecentStrip rows={stripRows(list)} serverNow={serverNow} showTill={showTill} onOpen={onOpen} onShowAll={onShowAll} />
    </section>
  );
}

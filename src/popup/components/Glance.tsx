import type { OrderRow } from '../../messaging/protocol';
import { useNow } from '../hooks/useNow';
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
}

/** Under the New order form: today's figures and the latest orders, kept live. */
export function Glance({ account, active, onOpen, onShowAll }: GlanceProps) {
  const { list, freshness } = useRecentOrders(account, active);
  const now = useNow(10_000);
  return (
    <section class="glance">
      <TodaySummary list={list} freshness={freshness} now={now} />
      <RecentStrip rows={stripRows(list)} serverNow={now + (list?.serverOffsetMs ?? 0)} onOpen={onOpen} onShowAll={onShowAll} />
    </section>
  );
}

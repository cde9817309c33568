import { useEffect, useRef, useState } from 'preact/hooks';
import type { CachedOrder } from '../messaging/protocol';
import { send } from '../messaging/send';
import { subscribeUpdates } from '../messaging/subscribe';
import { isOpen } from '../shared/status';

export interface CurrentOrderState {
  /** The cashier's current order (null: none yet). */
  uuid: string | null;
  /** Its latest copy, or null until read. */
  cached: CachedOrder | null;
  /** Bumped whenever the cashier moves to another order (to re-read settings, refocus). */
  switches: number;
  /** WebPOS does not answer: the order's status cannot be checked now. */
  offline: boolean;
}

/**
 * The sale at the counter (created here, or put on the display with "Show to customer"), followed through the worker (src/messaging/updates.ts):
 * it says which order is current, now and on every change, and pushes each fresh copy.
 * The popup may be closed meanwhile: the worker keeps watching the order for this page.
 */
export function useCurrentOrder(): CurrentOrderState {
  const [state, setState] = useState<CurrentOrderState>({ uuid: null, cached: null, switches: 0, offline: false });
  const shown = useRef<{ uuid: string | null; cached: CachedOrder | null }>({ uuid: null, cached: null });

  useEffect(() => {
    let alive = true;
    const accept = (next: CachedOrder) => {
      const { uuid, cached } = shown.current;
      // Another order's copy, or an older copy of this one, never paints over the current one.
      if (!alive || next.order.uuid !== uuid || (cached && next.fetchedAt < cached.fetchedAt)) return;
      shown.current = { uuid, cached: next };
      setState((before) => ({ ...before, cached: next }));
    };
    const read = async (uuid: string, refresh: boolean) => {
      const result = await send('order.get', { uuid, refresh });
      if (result.ok) accept(result.data);
    };
    const switchTo = (uuid: string | null) => {
      if (uuid === shown.current.uuid) return;
      shown.current = { uuid, cached: null };
      setState((before) => ({ ...before, uuid, cached: null, switches: before.switches + 1 }));
      // The cache paints at once; an open order is then read from WebPOS once (the watch keeps it fresh after).
      if (uuid) void read(uuid, false).then(() => (shown.current.cached === null || isOpen(shown.current.cached.order.state) ? read(uuid, true) : undefined));
    };
    const unsubscribe = subscribeUpdates({
      watch: null,
      follow: true,
      onPush: (push) => {
        if (push.type === 'current') switchTo(push.uuid);
        else if (push.type === 'order') accept(push.cached);
        else if (push.type === 'health') setState((before) => ({ ...before, offline: push.state === 'unreachable' }));
      },
      // The worker was stopped and started: it says the current order again on the new port; re-read the shown one.
      onReconnect: () => {
        const { uuid, cached } = shown.current;
        if (uuid && (!cached || isOpen(cached.order.state))) void read(uuid, true);
      },
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, []);

  return state;
}

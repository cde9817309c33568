import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CachedOrder } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import { subscribeUpdates } from '../../messaging/subscribe';
import { isOpen } from '../../shared/status';

export interface OrderState {
  cached: CachedOrder | null;
  /** The last failed read; the last good copy stays shown beside it. */
  error: WireError | null;
  /** Replace the shown copy with one an action (cancel, simulate, reset) returned. */
  replace: (next: CachedOrder) => void;
  refresh: () => void;
  /** Since when WebPOS has not answered (epoch ms; 0 when unknown), or null while it answers. */
  offlineSince: number | null;
}

/**
 * One order, painted from what is known at once (the create response or the
 * worker's cache), then kept fresh by the worker: it watches the order on screen
 * while this popup is open and pushes every fresh copy (no polling here).
 */
export function useOrder(uuid: string, initial: CachedOrder | null): OrderState {
  const [cached, setCached] = useState<CachedOrder | null>(initial);
  const [error, setError] = useState<WireError | null>(null);
  const [offlineSince, setOfflineSince] = useState<number | null>(null);
  const latest = useRef<CachedOrder | null>(initial);
  const alive = useRef(true);

  const replace = useCallback((next: CachedOrder) => {
    // A push fetched before the copy an action returned must not paint over it.
    if (latest.current && next.fetchedAt < latest.current.fetchedAt) return;
    latest.current = next;
    setCached(next);
    setError(null);
  }, []);

  const read = useCallback(
    async (refresh: boolean) => {
      const result = await send('order.get', { uuid, refresh });
      if (!alive.current) return;
      if (result.ok) replace(result.data);
      else setError(result.error);
    },
    [uuid, replace],
  );

  useEffect(() => {
    alive.current = true;
    if (!latest.current) void read(false).then(() => read(true));
    const unsubscribe = subscribeUpdates({
      watch: uuid, // Showing an order never puts it on the customer display: only a created sale or "Show to customer" does.
      onPush: (push) => {
        if (push.type === 'order' && push.cached.order.uuid === uuid) replace(push.cached);
        else if (push.type === 'health') setOfflineSince(push.state === 'unreachable' ? (push.since ?? 0) : null);
      },
      // The worker was stopped (an idle worker, Firefox's event page), and its 5 s watch with it:
      // an order still open is read from the API once, so a short-lived worker still shows it paid.
      onReconnect: () => void read(latest.current === null || isOpen(latest.current.order.state)),
    });
    return () => {
      alive.current = false;
      unsubscribe();
    };
  }, [uuid, read]);

  return { cached, error, replace, refresh: () => void read(true), offlineSince };
}

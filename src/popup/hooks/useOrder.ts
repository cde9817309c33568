import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CachedOrder } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import { isOpen } from '../../shared/status';

const TICK_MS = 3000;
/** Ask the API itself (not the worker's copy) when the copy is older than this. */
const STALE_MS = 8000;

export interface OrderState {
  cached: CachedOrder | null;
  /** The last failed read; the last good copy stays shown beside it. */
  error: WireError | null;
  /** Replace the shown copy with one an action (cancel, simulate, reset) returned. */
  replace: (next: CachedOrder) => void;
  refresh: () => void;
}

/**
 * One order, painted from what is known at once (the create response or the
 * worker's cache), then kept fresh every few seconds while it is still open.
 * The worker is told which order is on screen so it keeps watching it.
 */
export function useOrder(uuid: string, initial: CachedOrder | null): OrderState {
  const [cached, setCached] = useState<CachedOrder | null>(initial);
  const [error, setError] = useState<WireError | null>(null);
  const latest = useRef<CachedOrder | null>(initial);
  const alive = useRef(true);

  const replace = useCallback((next: CachedOrder) => {
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
    void send('order.watch', { uuid });
    if (!latest.current) void read(false).then(() => read(true));
    const timer = setInterval(() => {
      const current = latest.current;
      if (current && !isOpen(current.order.state)) return;
      const stale = !current || Date.now() - current.fetchedAt > STALE_MS;
      void read(stale);
    }, TICK_MS);
    return () => {
      alive.current = false;
      clearInterval(timer);
    };
  }, [uuid, read]);

  return { cached, error, replace, refresh: () => void read(true) };
}

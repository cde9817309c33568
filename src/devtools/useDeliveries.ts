import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SandboxDeliveryList } from '../messaging/protocol';
import type { WireError } from '../messaging/result';
import { send } from '../messaging/send';

/** How often the open Events tab asks the worker for the sandbox's log. */
export const LIVE_REFRESH_MS = 2000;

/**
 * The sandbox's deliveries, through the worker. While `live` and the panel is visible it asks
 * again every 2 s (one question at a time); the worker reads the local sandbox, never an API host.
 */
export function useDeliveries(live: boolean) {
  const [list, setList] = useState<SandboxDeliveryList | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const reply = await send('sandbox.deliveries', null);
    inFlight.current = false;
    if (reply.ok) {
      setList(reply.data);
      setError(null);
      setUpdatedAt(Date.now());
    } else {
      setError(reply.error);
    }
  }, []);

  useEffect(() => {
    if (!live) return;
    void refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, LIVE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [live, refresh]);

  return { list, error, updatedAt, refresh };
}

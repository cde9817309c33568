import { useEffect, useRef } from 'preact/hooks';
import type { CreateCheck } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';

const CHECK_EVERY_MS = 3000;

export type CheckOutcome = CreateCheck | { state: 'error'; error: WireError };

/**
 * While a create attempt is unsure, asks the worker every few seconds whether it made
 * its order (the worker only looks; it never sends a second create from here), until
 * the answer is certain either way.
 */
export function useAttemptCheck(attemptId: string | null, onSettled: (outcome: CheckOutcome) => void): void {
  const settled = useRef(onSettled);
  settled.current = onSettled;
  useEffect(() => {
    if (!attemptId) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      const result = await send('order.check', { attemptId });
      if (!alive) return;
      if (result.ok) settled.current(result.data);
      else if (result.error.code === 'create_uncertain' || result.error.code === 'timeout' || result.error.code === 'connection') {
        timer = setTimeout(() => void tick(), CHECK_EVERY_MS);
      } else settled.current({ state: 'error', error: result.error });
    };
    timer = setTimeout(() => void tick(), CHECK_EVERY_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [attemptId]);
}

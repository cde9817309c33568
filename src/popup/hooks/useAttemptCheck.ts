import { useEffect, useRef } from 'preact/hooks';
import type { AttemptPush } from '../../messaging/updates';
import { subscribeUpdates } from '../../messaging/subscribe';

export type CheckOutcome = AttemptPush['outcome'];

/**
 * While a create attempt is unsure, the worker keeps looking whether it made its order
 * (it only looks; it never sends a second create) and pushes the outcome once certain.
 * This page only says which attempt it shows, on every (re)connect.
 */
export function useAttemptCheck(attemptId: string | null, onSettled: (outcome: CheckOutcome) => void): void {
  const settled = useRef(onSettled);
  settled.current = onSettled;
  useEffect(() => {
    if (!attemptId) return;
    return subscribeUpdates({
      watch: null,
      attempt: attemptId,
      onPush: (push) => {
        if (push.type === 'attempt' && push.attemptId === attemptId) settled.current(push.outcome);
      },
    });
  }, [attemptId]);
}

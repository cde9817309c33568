import { useEffect } from 'preact/hooks';
import type { CachedOrder } from '../../messaging/protocol';
import { subscribeUpdates } from '../../messaging/subscribe';
import { isOpen } from '../../shared/status';

/**
 * Keeps the "Waiting for …" offer of the last order made here in step with the worker's
 * pushes: once that order is paid, expired or cancelled, `onResolved` drops the offer
 * (the strip below already shows it Paid; the banner must not still say Waiting).
 */
export function useResumeFollow(resume: CachedOrder | null, onResolved: () => void): void {
  const uuid = resume?.order.uuid ?? null;
  useEffect(() => {
    if (uuid === null) return;
    return subscribeUpdates({
      watch: null,
      onPush: (push) => {
        if (push.type === 'order' && push.row.uuid === uuid && !isOpen(push.row)) onResolved();
      },
    });
  }, [uuid, onResolved]);
}

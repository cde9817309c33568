import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CachedOrder } from '../../messaging/protocol';
import { send } from '../../messaging/send';
import { isOpen } from '../../shared/status';
import { bootCache } from '../boot-cache';
import { afterFirstPaint } from '../first-paint';
import { useResumeFollow } from './useResumeFollow';

/**
 * The last order made here while the customer may still be paying it (the "Waiting for …"
 * offer), and `check` to look again (after coming back from an order).
 */
export function useResume(configured: boolean): { resume: CachedOrder | null; check: () => void } {
  const [resume, setResume] = useState<CachedOrder | null>(null);
  const check = useCallback(() => {
    const last = bootCache().lastOrder(Date.now());
    if (!last) return setResume(null);
    void send('order.get', { uuid: last.uuid, refresh: false }).then((result) => {
      if (result.ok && isOpen(result.data.order.state)) return setResume(result.data);
      if (result.ok) bootCache().forgetLastOrder(last.uuid);
      setResume(null);
    });
  }, []);
  useResumeFollow(resume, check);
  useEffect(() => {
    // The banner can only come a moment after the form anyway: let the form paint first.
    if (configured) void afterFirstPaint().then(check);
  }, [configured, check]);
  return { resume, check };
}

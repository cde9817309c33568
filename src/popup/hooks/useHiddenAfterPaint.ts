import { useEffect, useState } from 'preact/hooks';
import { afterNextPaint } from '../first-paint';

/**
 * `shown`, except that a change to false reaches the caller only once the next frame is on
 * screen: a view being hidden is not drawn again (unseen) before the frame that hides it.
 */
export function useHiddenAfterPaint(shown: boolean): boolean {
  const [lagging, setLagging] = useState(shown);
  useEffect(() => {
    if (shown) {
      setLagging(true);
      return;
    }
    let cancelled = false;
    void afterNextPaint().then(() => {
      if (!cancelled) setLagging(false);
    });
    return () => {
      cancelled = true;
    };
  }, [shown]);
  return shown || lagging;
}

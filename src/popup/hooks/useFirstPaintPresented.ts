import { useEffect, useState } from 'preact/hooks';
import { afterFirstPaint, firstPaintPresented } from '../first-paint';

/**
 * False until the popup's first frame is on screen: what that frame would not show (a closed
 * section's contents, say) can be built after it, so it costs the first frame nothing.
 */
export function useFirstPaintPresented(): boolean {
  const [presented, setPresented] = useState(firstPaintPresented);
  useEffect(() => {
    if (!presented) void afterFirstPaint().then(() => setPresented(true));
  }, [presented]);
  return presented;
}

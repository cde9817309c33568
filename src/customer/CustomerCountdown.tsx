import { useNow } from '../ui/useNow';
import { formatCountdown, secondsLeft } from '../shared/order-outcome';
import type { Translate } from '../shared/catalogue';

/**
 * "Expires in 14:32" in the customer's language, ticking each second. The same clock as the
 * popup's countdown: `serverOffsetMs` (server minus ours) puts "now" in the server's time.
 */
export function CustomerCountdown({ expiration, serverOffsetMs, say }: { expiration: string; serverOffsetMs: number; say: Translate }) {
  const now = useNow(1000);
  const left = secondsLeft(expiration, now + serverOffsetMs);
  if (left === null) return null;
  return (
    <p class="countdown" data-urgent={left < 60 ? 'true' : undefined}>
      {left > 0 ? say('customer_expires_in', formatCountdown(left)) : say('customer_expiring_now')}
    </p>
  );
}

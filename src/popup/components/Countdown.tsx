import { formatDateTime } from '../../shared/format';
import { t } from '../../shared/i18n';
import { useNow } from '../../ui/useNow';
import { formatCountdown, secondsLeft } from '../../shared/order-outcome';

/**
 * "Expires in 14:32", ticking each second; "Expiring now" at zero until the status catches up.
 * `serverOffsetMs` (server clock minus ours) puts "now" in the server's time, the time of `expiration`.
 */
export function Countdown({ expiration, serverOffsetMs = 0 }: { expiration: string; serverOffsetMs?: number }) {
  const now = useNow(1000);
  const left = secondsLeft(expiration, now + serverOffsetMs);
  const expires = t('order_expires_at', formatDateTime(expiration));
  if (left === null) return <p class="countdown">{expires}</p>;
  return (
    <p class="countdown" data-urgent={left < 60 ? 'true' : undefined} title={expires}>
      {left > 0 ? (
        <>
          {t('order_expires_in')} <span class="countdown-time">{formatCountdown(left)}</span>
        </>
      ) : (
        t('order_expiring_now')
      )}
    </p>
  );
}

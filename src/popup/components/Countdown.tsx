import { formatDateTime } from '../../shared/format';
import { useNow } from '../hooks/useNow';
import { formatCountdown, secondsLeft } from '../order-outcome';

/** "Expires in 14:32", ticking each second; "Expiring now" at zero until the status catches up. */
export function Countdown({ expiration }: { expiration: string }) {
  const now = useNow(1000);
  const left = secondsLeft(expiration, now);
  if (left === null) return <p class="countdown">Expires {formatDateTime(expiration)}</p>;
  return (
    <p class="countdown" data-urgent={left < 60 ? 'true' : undefined} title={`Expires ${formatDateTime(expiration)}`}>
      {left > 0 ? (
        <>
          Expires in <span class="countdown-time">{formatCountdown(left)}</span>
        </>
      ) : (
        'Expiring now…'
      )}
    </p>
  );
}

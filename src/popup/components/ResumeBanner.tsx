import type { CachedOrder } from '../../messaging/protocol';
import { typedReference } from '../../messaging/sale-code';
import { formatFiat } from '../../shared/format';
import { t } from '../../shared/i18n';
import { useNow } from '../../ui/useNow';
import { formatCountdown, secondsLeft } from '../../shared/order-outcome';

/** "Still waiting for €12.50 · 13:05 left [Show order]": the way back after the popup closed. */
export function ResumeBanner({ cached, onShow }: { cached: CachedOrder; onShow: () => void }) {
  const now = useNow(1000);
  const { order } = cached;
  const left = secondsLeft(order.expiration_time, now + (cached.serverOffsetMs ?? 0));
  const reference = typedReference(order.reference);
  if (left === 0) return null;
  return (
    <div class="resume" role="region" aria-label={t('popup_resume_label')}>
      <span>
        {t('popup_resume_waiting')} <strong>{formatFiat(order.amount, order.currency.name)}</strong>
        {reference ? ` · ${reference}` : ''}
        {left !== null ? ` · ${t('popup_resume_left', formatCountdown(left))}` : ''}
      </span>
      <button type="button" onClick={onShow}>
        {t('popup_resume_show')}
      </button>
    </div>
  );
}

import { formatTime } from '../../shared/format';
import { t } from '../../shared/i18n';

/**
 * In the order view itself, not only the header: WebPOS does not answer, so whether the customer
 * has paid cannot be known now. The QR asks the customer's wallet, not WebPOS, so it still works.
 */
export function PaymentUncheckable({ since, qrShown }: { since: number; qrShown: boolean }) {
  return (
    <p class="uncheckable" role="alert">
      <strong>{t('order_uncheckable')}</strong> {since > 0 ? t('order_uncheckable_since', formatTime(since)) : null}{' '}
      {qrShown ? t('order_uncheckable_qr_works') : t('order_uncheckable_later')}
    </p>
  );
}

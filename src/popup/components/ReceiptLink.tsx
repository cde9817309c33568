import type { PaymentOrderRetrieval } from '../../sdk';
import { t } from '../../shared/i18n';
import { receiptPageUrl } from '../../ui/extension-pages';

/** "Receipt": for an order paid in full or in part, a printable payment receipt in a tab. */
export function ReceiptLink({ order }: { order: Pick<PaymentOrderRetrieval, 'uuid' | 'state'> }) {
  const status = order.state.blockchain_status;
  const someMoney = (order.state.paid?.crypto ?? 0) + (order.state.in_confirmation?.crypto ?? 0) > 0;
  if (status !== 'paid' && !someMoney) return null;
  return (
    <div class="order-actions">
      <a class="button" href={receiptPageUrl(order.uuid)} target="_blank" rel="noopener">{t('order_receipt')}</a>
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { PaymentOrderRetrieval } from '../../sdk';
import { t } from '../../shared/i18n';
import { receiptPageUrl } from '../../ui/extension-pages';
import { showReceiptToCustomer } from '../../ui/display-window';
import { receiptOf, receiptText } from '../../ui/receipt-lines';

/** "Receipt" (a printable page in a tab) and "Receipt on the customer display", for an order paid in full or in part. */
export function ReceiptLink({ order, shopName }: { order: PaymentOrderRetrieval; shopName: string }) {
  const [failed, setFailed] = useState(false);
  const someMoney = (order.state.paid?.crypto ?? 0) + (order.state.in_confirmation?.crypto ?? 0) > 0;
  if (order.state.blockchain_status !== 'paid' && !someMoney) return null;
  const onDisplay = () => {
    setFailed(false);
    void showReceiptToCustomer(receiptText(receiptOf(order, shopName))).then((shown) => setFailed(!shown), () => setFailed(true));
  };
  return (
    <div class="order-actions">
      <a class="button" href={receiptPageUrl(order.uuid)} target="_blank" rel="noopener">{t('order_receipt')}</a>
      <button type="button" onClick={onDisplay}>{t('order_receipt_on_display')}</button>
      {failed ? <p role="alert">{t('order_receipt_display_failed')}</p> : null}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { showOnDisplay } from '../../messaging/show-on-display';
import { showToCustomer } from '../../ui/display-window';
import { t } from '../../shared/i18n';

/**
 * Puts this order on the customer display and opens the display (or brings it to the front).
 * The only way, besides creating a sale, to change what the customer sees: opening an order
 * from a list never does.
 */
export function ShowToCustomer({ uuid }: { uuid: string }) {
  const [failure, setFailure] = useState<string | null>(null);
  const open = () => {
    setFailure(null);
    showOnDisplay(uuid)
      .then(() => showToCustomer())
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };
  return (
    <div class="order-actions">
      <button type="button" onClick={open}>
        {t('order_show_to_customer')}
      </button>
      {failure ? <p role="alert">{t('order_show_to_customer_failed', failure)}</p> : null}
    </div>
  );
}

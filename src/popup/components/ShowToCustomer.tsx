import { useState } from 'preact/hooks';
import { showToCustomer } from '../../ui/display-window';
import { t } from '../../shared/i18n';

/** Opens the customer display (or brings it to the front); it then follows whichever order the cashier shows. */
export function ShowToCustomer() {
  const [failure, setFailure] = useState<string | null>(null);
  const open = () => {
    setFailure(null);
    showToCustomer().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
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

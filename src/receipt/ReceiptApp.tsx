import { useEffect, useState } from 'preact/hooks';
import type { WireError } from '../messaging/protocol';
import type { PaymentOrderRetrieval } from '../sdk';
import { send } from '../messaging/send';
import { t } from '../shared/i18n';
import { ErrorBox } from '../ui/ErrorBox';
import { receiptOf } from '../ui/receipt-lines';

type Loaded = { order: PaymentOrderRetrieval; shopName: string } | { error: WireError } | null;

/** A payment receipt for the customer, to print on an 80 mm roll or on A4. */
export function ReceiptApp({ uuid }: { uuid: string }) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    void Promise.all([send('order.get', { uuid, refresh: true }), send('settings.get', null)]).then(([order, settings]) => {
      if (!order.ok) setLoaded({ error: order.error });
      else setLoaded({ order: order.data.order, shopName: settings.ok ? settings.data.shopName : '' });
    });
  }, [uuid]);

  if (loaded === null) return <main class="receipt" aria-busy="true" />;
  if ('error' in loaded) return <main class="receipt"><ErrorBox error={loaded.error} /></main>;
  const receipt = receiptOf(loaded.order, loaded.shopName);
  return (
    <main class="receipt">
      {receipt.shopName ? <p class="shop">{receipt.shopName}</p> : null}
      <h1>{t('receipt_title')}</h1>
      <dl>
        {receipt.lines.map((line) => (
          <div key={line.label}>
            <dt>{t(line.label)}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
        {receipt.txids.map((id) => (
          <div key={id}>
            <dt>{t('receipt_txid')}</dt>
            <dd class="txid">{id}</dd>
          </div>
        ))}
      </dl>
      <p class="not-fiscal">{t('receipt_not_fiscal')}</p>
      <button type="button" class="primary no-print" onClick={() => window.print()}>{t('receipt_print')}</button>
    </main>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { PaymentOrderRetrieval } from '../../sdk';
import { formatBtc, formatDateTime, formatFiat } from '../../shared/format';
import { t, type MessageKey } from '../../shared/i18n';
import { statusLabel } from '../../shared/status';
import type { Outcome } from '../../shared/order-outcome';
import { overpaidSats, receivedOf } from '../../shared/pay-request';

interface OutcomePanelProps {
  order: PaymentOrderRetrieval;
  outcome: Outcome;
  onNewOrder: () => void;
}

/** The end (or the in-between) of an order, said in large plain words in place of the QR. */
export function OutcomePanel({ order, outcome, onNewOrder }: OutcomePanelProps) {
  const label = statusLabel(order.state);
  const fiat = formatFiat(order.amount, order.currency.name);
  // Once the sale has ended, the focus waits on New order: Enter starts the next sale.
  const newOrderRef = useRef<HTMLButtonElement>(null);
  const ended = outcome === 'paid' || outcome === 'expired' || outcome === 'cancelled';
  useEffect(() => {
    if (ended) newOrderRef.current?.focus();
  }, [ended]);
  const newOrder = (
    <button type="button" class="primary" ref={newOrderRef} onClick={onNewOrder}>
      {t('create_title')}
    </button>
  );
  const extra = overpaidSats(order);

  if (outcome === 'paid') {
    return (
      <section class="outcome" data-tone="paid" aria-labelledby="outcome-title">
        <div class="outcome-mark" aria-hidden="true">
          ✓
        </div>
        <h2 id="outcome-title" class="outcome-title">
          {t('status_paid')}
        </h2>
        <p class="outcome-amount">{fiat}</p>
        <p>
          {order.resolved_at
            ? t('order_paid_received_at', formatBtc(receivedOf(order) || order.btc_amount), formatDateTime(order.resolved_at))
            : t('order_paid_received', formatBtc(receivedOf(order) || order.btc_amount))}
        </p>
        {extra > 0 ? (
          <p class="overpaid">
            <strong>{t('order_overpaid')}</strong> {t('order_overpaid_text', formatBtc(extra))}
          </p>
        ) : null}
        {newOrder}
      </section>
    );
  }
  if (outcome === 'confirming') {
    return (
      <section class="outcome" data-tone="progress" aria-labelledby="outcome-title">
        <h2 id="outcome-title" class="outcome-title">
          {t('order_payment_seen')}
        </h2>
        <p class="outcome-amount">{fiat}</p>
        <p>
          {label.description} {t('order_payment_seen_text')}
        </p>
      </section>
    );
  }
  const [titleKey, textKey] = (
    {
      expired: ['status_expired', 'order_expired_text'],
      cancelled: ['status_cancelled', 'order_cancelled_text'],
      dispute: ['status_dispute', null],
      chargeback: ['status_chargeback', null],
    } satisfies Record<string, [MessageKey, MessageKey | null]>
  )[outcome as 'expired' | 'cancelled' | 'dispute' | 'chargeback'];
  const title = t(titleKey);
  const text = textKey ? t(textKey) : label.description;
  return (
    <section class="outcome" data-tone={label.tone} aria-labelledby="outcome-title">
      <h2 id="outcome-title" class="outcome-title">
        {title}
      </h2>
      <p class="outcome-amount">{fiat}</p>
      <p>{text}</p>
      {outcome === 'expired' || outcome === 'cancelled' ? newOrder : null}
    </section>
  );
}

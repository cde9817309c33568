import { useEffect, useRef } from 'preact/hooks';
import type { PaymentOrderRetrieval } from '../../sdk';
import { formatBtc, formatDateTime, formatFiat } from '../../shared/format';
import { statusLabel } from '../../shared/status';
import type { Outcome } from '../order-outcome';
import { overpaidSats, receivedOf } from '../pay-request';

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
      New order
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
          Paid
        </h2>
        <p class="outcome-amount">{fiat}</p>
        <p>
          {formatBtc(receivedOf(order) || order.btc_amount)} received{order.resolved_at ? `, ${formatDateTime(order.resolved_at)}` : ''}.
        </p>
        {extra > 0 ? (
          <p class="overpaid">
            <strong>Overpaid:</strong> {formatBtc(extra)} more than asked arrived. Settle the difference with the customer.
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
          Payment seen
        </h2>
        <p class="outcome-amount">{fiat}</p>
        <p>{label.description} The customer need not pay again.</p>
      </section>
    );
  }
  const [title, text] = (
    {
      expired: ['Expired', 'This order expired before it was paid. Do not take a payment for it: make a new order.'],
      cancelled: ['Cancelled', 'This order was cancelled. Nothing is owed on it.'],
      dispute: ['Dispute', label.description],
      chargeback: ['Chargeback', label.description],
    } as const
  )[outcome as 'expired' | 'cancelled' | 'dispute' | 'chargeback'];
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

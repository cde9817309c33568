import { useEffect, useRef } from 'preact/hooks';
import type { CreatedOrder } from '../../messaging/protocol';
import type { PaymentOrderRetrieval } from '../../sdk';
import { arrivedSentence } from '../../shared/arrived-words';
import { formatBtc, formatDateTime, formatFiat } from '../../shared/format';
import { t, type MessageKey } from '../../shared/i18n';
import { arrivedOf } from '../../shared/money-arrived';
import { statusLabel } from '../../shared/status';
import { endedWithMoney, nextStepAfter, overpaidText } from '../money-words';
import type { Outcome } from '../../shared/order-outcome';
import { receivedOf } from '../../shared/pay-request';
import { EndedWithMoney } from './EndedWithMoney';

interface OutcomePanelProps {
  order: PaymentOrderRetrieval;
  outcome: Outcome;
  onNewOrder: () => void;
  /** An order for the rest was made: show it. */
  onCreated: (created: CreatedOrder) => void;
}

/** The end (or the in-between) of an order, said in large plain words in place of the QR. */
export function OutcomePanel({ order, outcome, onNewOrder, onCreated }: OutcomePanelProps) {
  const label = statusLabel(order.state);
  const fiat = formatFiat(order.amount, order.currency.name);
  // Once the sale has ended, the focus waits on New order: Enter starts the next sale.
  const newOrderRef = useRef<HTMLButtonElement>(null);
  const withMoney = endedWithMoney(order, outcome);
  // With money received, the focus waits on "New order for the rest" instead.
  const ended = !withMoney && (outcome === 'paid' || outcome === 'expired' || outcome === 'cancelled');
  useEffect(() => {
    if (ended) newOrderRef.current?.focus();
  }, [ended]);
  const newOrder = (
    <button type="button" class="primary" ref={newOrderRef} onClick={onNewOrder}>
      {t('create_title')}
    </button>
  );
  const extra = overpaidText(order);

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
        {extra ? (
          <p class="overpaid">
            <strong>{t('order_overpaid')}</strong> {extra}
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
  const arrived = arrivedOf(order);
  const nextStep = nextStepAfter(outcome);
  return (
    <section class="outcome" data-tone={label.tone} aria-labelledby="outcome-title">
      <h2 id="outcome-title" class="outcome-title">
        {title}
      </h2>
      <p class="outcome-amount">{fiat}</p>
      {withMoney ? (
        <EndedWithMoney order={order} words={withMoney} onCreated={onCreated} />
      ) : (
        <>
          <p>{text}</p>
          {nextStep && arrived ? <p>{arrivedSentence(arrived, order.amount, order.currency.name)}</p> : null}
          {nextStep ? <p class="next-step">{nextStep}</p> : null}
          {outcome === 'expired' || outcome === 'cancelled' ? newOrder : null}
        </>
      )}
    </section>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { CreatedOrder } from '../../messaging/protocol';
import { errorText } from '../../messaging/result';
import type { PaymentOrderRetrieval } from '../../sdk';
import { t } from '../../shared/i18n';
import { ErrorBox } from '../../ui/ErrorBox';
import { useRestOrder } from '../hooks/useRestOrder';
import type { EndedWithMoney as Words } from '../money-words';
import { failureTitle } from './CreateNotice';

interface EndedWithMoneyProps {
  order: PaymentOrderRetrieval;
  words: Words;
  onCreated: (created: CreatedOrder) => void;
}

/**
 * An order that ended after money arrived: what arrived, what is missing, and what to do.
 * Never "make a new order" for the full amount: the one key makes an order for the rest.
 */
export function EndedWithMoney({ order, words, onCreated }: EndedWithMoneyProps) {
  return (
    <>
      <p class="arrived" role="alert">
        {words.text}
      </p>
      {words.nextStep ? <p class="next-step">{words.nextStep}</p> : null}
      {words.rest ? <RestOrderButton order={order} rest={words.rest} onCreated={onCreated} /> : null}
    </>
  );
}

function RestOrderButton({ order, rest, onCreated }: { order: PaymentOrderRetrieval; rest: string; onCreated: (created: CreatedOrder) => void }) {
  const { state, press } = useRestOrder(order, rest, onCreated);
  // The focus waits on the one key, as it waits on New order after a plain ending.
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => buttonRef.current?.focus(), []);
  const busy = state.kind === 'sending' || state.kind === 'unsure';
  return (
    <>
      <button type="button" class="primary" ref={buttonRef} disabled={busy} onClick={() => void press()}>
        {state.kind === 'sending' ? t('order_rest_sending') : t('order_new_for_rest')}
      </button>
      {state.kind === 'unsure' ? (
        <section class="unsure" role="status">
          <p>
            <strong>{t('order_rest_unsure')}</strong> {errorText(state.error)}
          </p>
        </section>
      ) : null}
      {state.kind === 'failed' ? (
        <ErrorBox error={state.error} title={state.error.code === 'not_created' ? t('order_rest_failed') : failureTitle(state.error.code)} />
      ) : null}
    </>
  );
}

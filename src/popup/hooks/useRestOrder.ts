import { useRef, useState } from 'preact/hooks';
import type { CreatedOrder } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { detailsWithTags } from '../../messaging/order-tags';
import { saleCodeOf, typedReference } from '../../messaging/sale-code';
import { send } from '../../messaging/send';
import type { PaymentOrderCreation, PaymentOrderRetrieval } from '../../sdk';
import { t } from '../../shared/i18n';
import { text as localText } from '../../shared/local-text';
import { useAttemptCheck } from './useAttemptCheck';

export type RestState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'unsure'; error: WireError } | { kind: 'failed'; error: WireError };

/** How the new order names the first sale: its sale code, else its reference, else the start of its id. */
export function firstSaleName(first: Pick<PaymentOrderRetrieval, 'reference' | 'uuid'>): string {
  const code = saleCodeOf(first.reference);
  return code ? `#${code}` : (typedReference(first.reference) ?? first.uuid.slice(0, 8));
}

/**
 * The order for the rest: exactly the € missing, its details naming the first sale — by a
 * `[rest-of:#CODE]` tag any till or server can read back, in no language; a first order made
 * elsewhere, with no sale code, is named in words.
 */
export function restOrder(first: Pick<PaymentOrderRetrieval, 'reference' | 'uuid'>, rest: string): PaymentOrderCreation {
  const code = saleCodeOf(first.reference);
  const details = code ? detailsWithTags(null, { restOf: code }) : t('order_rest_details', firstSaleName(first));
  return details ? { amount: rest, details } : { amount: rest };
}

/**
 * "New order for the rest" through the ordinary create path (its own sale code, the outbox,
 * the "not sure" check). The attempt id is the first order's, so pressing again, even
 * after the popup was closed, returns the order already made instead of a second one.
 */
export function useRestOrder(first: Pick<PaymentOrderRetrieval, 'reference' | 'uuid'>, rest: string, onCreated: (created: CreatedOrder) => void) {
  const [state, setState] = useState<RestState>({ kind: 'idle' });
  const busy = useRef(false);
  const attemptId = `rest-of-${first.uuid}`;

  useAttemptCheck(state.kind === 'unsure' ? attemptId : null, (outcome) => {
    if (outcome.state === 'made') return onCreated(outcome.created);
    if (outcome.state === 'error') return setState({ kind: 'failed', error: outcome.error });
    const code = outcome.state === 'not_made' ? `#${outcome.saleCode}` : '';
    setState({
      kind: 'failed',
      error: outcome.state === 'not_made'
        ? { code: 'not_created', message: `WebPOS has no order with sale code ${code}: none was made.`, text: localText('error_not_created', code) }
        : { code: 'create_forgotten', message: 'This till no longer knows that attempt. Look at the Orders list.', text: localText('error_create_forgotten') },
    });
  });

  // No reply at all (the worker stopped mid-create) is as unsure as an unreadable one.
  const press = async () => {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'sending' });
    const result = await send('order.create', { order: restOrder(first, rest), attemptId });
    busy.current = false;
    if (result.ok) {
      setState({ kind: 'idle' });
      onCreated(result.data);
    } else if (result.error.code === 'create_uncertain' || result.error.code === 'no_reply') setState({ kind: 'unsure', error: result.error });
    else setState({ kind: 'failed', error: result.error });
  };

  return { state, press };
}

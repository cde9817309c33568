import type { CachedOrder } from '../messaging/protocol';
import { formatBtc, formatFiat } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { QrCode } from '../ui/QrCode';
import { outcomeOf, showsQr, type Outcome } from '../shared/order-outcome';
import { payRequest } from '../shared/pay-request';
import { isOpen } from '../shared/status';
import { CustomerCountdown } from './CustomerCountdown';
import { moneyFigures } from './money-figures';
import { SaleCodeLine } from './SaleCodeLine';
import type { Speech } from './language';

/** What the customer is told for each state; payable and partial say it beside the QR. */
const STATUS: Record<Outcome, MessageKey> = {
  payable: 'customer_waiting',
  partial: 'customer_still_to_pay',
  confirming: 'customer_confirming',
  paid: 'customer_paid',
  expired: 'customer_expired',
  cancelled: 'customer_cancelled',
  dispute: 'customer_ask_cashier',
  chargeback: 'customer_ask_cashier',
};

interface OrderScreenProps {
  /** The current order, or null: the calm welcome screen. */
  order: CachedOrder | null;
  speech: Speech;
  /** WebPOS does not answer: an open order's status cannot be known, so it says "checking". */
  offline?: boolean;
}

/**
 * One layout for every state, so the status line (a live region) stays the same element and
 * is announced as it changes: the QR beside the words while the customer may pay, the words
 * alone and large once the order is decided. Nothing here is for the cashier's eyes only.
 */
export function OrderScreen({ order: cached, speech, offline = false }: OrderScreenProps) {
  const { say, locale } = speech;
  const order = cached?.order ?? null;
  const outcome = order ? outcomeOf(order.state) : null;
  const pay = order && outcome && showsQr(outcome) ? payRequest(order) : null;
  const fiat = (amount: string) => formatFiat(amount, order?.currency.name, locale);
  const money = order && outcome ? moneyFigures(order, outcome, speech) : null;

  return (
    <main class="screen" data-outcome={outcome ?? 'idle'}>
      {pay ? (
        <div class="qr-side">
          <QrCode text={pay.uri} label={say('customer_qr_label')} />
        </div>
      ) : null}
      <div class="words">
        <h1 class="amount">{money ? money.headline : order ? fiat(order.amount) : say('customer_welcome')}</h1>
        <p class="status" role="status">
          {outcome === 'paid' ? (
            <span class="mark" aria-hidden="true">
              ✓{' '}
            </span>
          ) : null}
          {money?.status ?? (outcome ? say(offline && order && isOpen(order.state) ? 'customer_checking' : STATUS[outcome]) : say('customer_welcome_hint'))}
        </p>
        {pay && order ? (
          <>
            {pay.partial ? <p class="partly">{say('customer_partly_paid')}</p> : null}
            {money?.note ? <p class="still">{money.note}</p> : null}
            <p class="btc">{formatBtc(pay.sats, locale)}</p>
            <CustomerCountdown expiration={order.expiration_time} serverOffsetMs={cached?.serverOffsetMs ?? 0} say={say} />
            <p class="scan">{say('customer_scan')}</p>
          </>
        ) : null}
        <SaleCodeLine reference={order?.reference} say={say} />
      </div>
    </main>
  );
}

/**
 * What the order view says about money that arrived, once an order has ended or was
 * overpaid, and what the merchant does next after a dispute or a chargeback.
 */
import type { PaymentOrderRetrieval } from '../sdk';
import { moneyText, restNextStep } from '../shared/arrived-words';
import { formatBtc, formatFiat } from '../shared/format';
import { t } from '../shared/i18n';
import { arrivedOf } from '../shared/money-arrived';
import type { Outcome } from '../shared/order-outcome';

type Priced = Pick<PaymentOrderRetrieval, 'state' | 'amount' | 'btc_amount' | 'currency'>;

export interface EndedWithMoney {
  /** How much arrived before the end, and what is missing. */
  text: string;
  /** What to do about the missing part (null when nothing is missing). */
  nextStep: string | null;
  /** The € amount a "New order for the rest" asks for (null: none can be offered). */
  rest: string | null;
}

/** An amount the API takes for a new order: at most two decimals, above zero. */
const ORDER_AMOUNT = /^\d{1,8}(\.\d{1,2})?$/;

/** For an order that expired or was cancelled after money arrived; null otherwise. */
export function endedWithMoney(order: Priced, outcome: Outcome): EndedWithMoney | null {
  if (outcome !== 'expired' && outcome !== 'cancelled') return null;
  const arrived = arrivedOf(order);
  if (!arrived) return null;
  const currency = order.currency.name;
  const got = moneyText(arrived.fiat, arrived.sats, currency);
  if (arrived.missingSats === 0) {
    return { text: t('order_ended_money_full', got, formatBtc(arrived.sats)), nextStep: null, rest: null };
  }
  const missing = moneyText(arrived.missingFiat, arrived.missingSats, currency);
  const key = outcome === 'expired' ? 'order_expired_money' : 'order_cancelled_money';
  const rest = arrived.missingFiat !== null && ORDER_AMOUNT.test(arrived.missingFiat) ? arrived.missingFiat : null;
  return { text: t(key, got, formatBtc(arrived.sats), formatFiat(order.amount, currency), missing), nextStep: restNextStep(arrived, currency), rest };
}

/** "€1.00 (0.000025 BTC) more than asked arrived…", or null when not overpaid. */
export function overpaidText(order: Priced): string | null {
  const arrived = arrivedOf(order);
  if (!arrived || arrived.overpaidSats === 0) return null;
  if (arrived.overpaidFiat === null) return t('order_overpaid_text', formatBtc(arrived.overpaidSats));
  return t('order_overpaid_fiat_text', formatFiat(arrived.overpaidFiat, order.currency.name), formatBtc(arrived.overpaidSats));
}

/** What the merchant does next after a dispute or a chargeback; null for other outcomes. */
export function nextStepAfter(outcome: Outcome): string | null {
  if (outcome === 'dispute') return t('order_dispute_next');
  if (outcome === 'chargeback') return t('order_chargeback_next');
  return null;
}

/**
 * The customer display's figures once money has arrived: while the order is still open,
 * the largest figure is what the customer still has to pay (never the full amount again);
 * after an ending, the money received and "please see the cashier".
 */
import type { PaymentOrderRetrieval } from '../sdk';
import { formatBtc, formatFiat } from '../shared/format';
import { arrivedOf } from '../shared/money-arrived';
import type { Speech } from './language';

type Priced = Pick<PaymentOrderRetrieval, 'state' | 'amount' | 'btc_amount' | 'currency'>;

export interface MoneyFigures {
  /** The largest figure on the screen. */
  headline: string;
  /** Replaces the status line when set. */
  status: string | null;
  /** A small line under the status: "5,00 € of 12,50 € received". */
  note: string | null;
}

/** Null when nothing arrived, or the order is paid or confirming (the usual words fit). */
export function moneyFigures(order: Priced, outcome: string, { say, locale }: Pick<Speech, 'say' | 'locale'>): MoneyFigures | null {
  const arrived = arrivedOf(order);
  if (!arrived) return null;
  const currency = order.currency.name;
  const money = (fiat: string | null, sats: number) => (fiat === null ? formatBtc(sats, locale) : formatFiat(fiat, currency, locale));
  const received = money(arrived.fiat, arrived.sats);
  if (outcome === 'partial') {
    return { headline: money(arrived.missingFiat, arrived.missingSats), status: null, note: say('customer_received_of', received, formatFiat(order.amount, currency, locale)) };
  }
  if (outcome === 'expired' || outcome === 'cancelled') {
    return { headline: formatFiat(order.amount, currency, locale), status: say('customer_received_see_cashier', received), note: null };
  }
  return null;
}

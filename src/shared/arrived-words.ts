/** The sentences that keep money received in sight: used by the popup, its lists and the notifications. */
import type { Arrived } from './money-arrived';
import { formatBtc, formatFiat } from './format';
import { t } from './i18n';

/** "€12.00", or the satoshi when the € amount is not known. */
export function moneyText(fiat: string | null, sats: number, currency: string): string {
  return fiat === null ? formatBtc(sats) : formatFiat(fiat, currency);
}

/** "€8.00 (0.0002 BTC) of €20.00 arrived; €12.00 is missing." — or "€20.00 (0.0005 BTC) arrived." */
export function arrivedSentence(arrived: Arrived, amount: string, currency: string): string {
  const got = moneyText(arrived.fiat, arrived.sats, currency);
  if (arrived.missingSats === 0) return t('money_arrived_full', got, formatBtc(arrived.sats));
  return t('money_arrived_of', got, formatBtc(arrived.sats), formatFiat(amount, currency), moneyText(arrived.missingFiat, arrived.missingSats, currency));
}

/** A list row's short line: "€8.00 of €20.00 received · €12.00 missing" (null when nothing is missing). */
export function arrivedShort(arrived: Arrived, amount: string, currency: string): string | null {
  if (arrived.missingSats === 0) return null;
  return t(
    'orders_row_arrived',
    moneyText(arrived.fiat, arrived.sats, currency),
    formatFiat(amount, currency),
    moneyText(arrived.missingFiat, arrived.missingSats, currency),
  );
}

/** What the cashier does about the missing money of an order that ended. */
export function restNextStep(arrived: Arrived, currency: string): string {
  return t('order_rest_next_step', moneyText(arrived.missingFiat, arrived.missingSats, currency));
}

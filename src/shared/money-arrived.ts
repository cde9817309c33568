/**
 * How much money arrived for an order and what is missing, in € and in satoshi, so no
 * ending (expired, cancelled, disputed) ever forgets money the customer already paid.
 * The € missing is the order's amount minus the € received, exactly, so the figures a
 * cashier reads always add up to the order's amount; the server's `unpaid.fiat` is the
 * fallback when the € received is not readable.
 */
import type { PaymentOrderRetrieval } from '../sdk';
import { decimalMinus, decimalSum, isPositive } from './decimal';

export interface Arrived {
  /** Satoshi received, confirmed or on their way. */
  sats: number;
  /** € (the order's currency) received, or null when the server did not say. */
  fiat: string | null;
  missingSats: number;
  /** € still missing ("0.00" when nothing), or null when it cannot be known. */
  missingFiat: string | null;
  /** Satoshi beyond the amount asked (0 when not overpaid). */
  overpaidSats: number;
  /** € beyond the amount asked, or null when not overpaid or unknown. */
  overpaidFiat: string | null;
}

type Priced = Pick<PaymentOrderRetrieval, 'state' | 'amount' | 'btc_amount'>;

/** What arrived for the order, or null when nothing did. */
export function arrivedOf(order: Priced): Arrived | null {
  const { paid, in_confirmation: coming, unpaid } = order.state;
  const parts = [paid, coming].filter((p) => p && p.crypto > 0);
  const sats = parts.reduce((sum, p) => sum + p!.crypto, 0);
  if (sats <= 0) return null;
  const fiat = decimalSum(...parts.map((p) => p!.fiat));
  const missingSats = Math.max(0, unpaid?.crypto ?? order.btc_amount - sats);
  const overpaidSats = Math.max(0, sats - order.btc_amount);
  const difference = fiat === null ? null : decimalMinus(order.amount, fiat);
  let missingFiat: string | null;
  if (missingSats === 0) missingFiat = '0.00';
  else if (difference !== null && isPositive(difference)) missingFiat = difference;
  else missingFiat = unpaid?.fiat && isPositive(unpaid.fiat) ? unpaid.fiat : null;
  const overpaidFiat = overpaidSats > 0 && difference !== null && difference.startsWith('-') ? difference.slice(1) : null;
  return { sats, fiat, missingSats, missingFiat, overpaidSats, overpaidFiat };
}

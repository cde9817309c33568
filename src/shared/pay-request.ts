/**
 * What the customer is asked to pay right now. After a partial payment the QR and the
 * big amount ask for what is still missing (`state.unpaid.crypto`), never the whole
 * amount again; overpaid orders say how much extra arrived.
 */
import type { PaymentOrderRetrieval } from '../sdk';

const SATS_PER_BTC = 100_000_000;

/** Satoshi → BIP21 amount ("0.0003"), exact, never in floating point or exponent notation. */
export function bip21Amount(sats: number): string {
  const whole = Math.floor(sats / SATS_PER_BTC);
  const fraction = String(sats % SATS_PER_BTC).padStart(8, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** The order's BIP21 URI with `amount` set to `sats` (other parameters kept as they were). */
export function uriForAmount(uri: string, sats: number): string {
  const [head = '', query = ''] = uri.split('?', 2);
  const kept = query === '' ? [] : query.split('&').filter((p) => p !== '' && !/^amount=/i.test(p));
  return `${head}?${[`amount=${bip21Amount(sats)}`, ...kept].join('&')}`;
}

export interface PayRequest {
  /** Satoshi to ask for now. */
  sats: number;
  uri: string;
  /** Satoshi received so far (confirmed or on its way); 0 before any payment. */
  receivedSats: number;
  /** Part of the amount has arrived: label the ask "Still to pay". */
  partial: boolean;
}

export function receivedOf(order: Pick<PaymentOrderRetrieval, 'state'>): number {
  return (order.state.paid?.crypto ?? 0) + (order.state.in_confirmation?.crypto ?? 0);
}

export function payRequest(order: Pick<PaymentOrderRetrieval, 'state' | 'btc_amount' | 'uri'>, uri = order.uri): PayRequest {
  const received = receivedOf(order);
  const unpaid = order.state.unpaid?.crypto;
  const partial = received > 0;
  if (!partial) return { sats: order.btc_amount, uri, receivedSats: 0, partial: false };
  // `unpaid` is what the server says is missing; without it, the difference is.
  const sats = Math.max(0, unpaid ?? order.btc_amount - received);
  return { sats, uri: uriForAmount(uri, sats), receivedSats: received, partial: true };
}

/** Satoshi received beyond the amount asked (0 when not overpaid). */
export function overpaidSats(order: Pick<PaymentOrderRetrieval, 'state' | 'btc_amount'>): number {
  return Math.max(0, receivedOf(order) - order.btc_amount);
}

/**
 * What the order view shows for an order's state: whether the customer may
 * still pay (so the QR stays up), and the countdown to expiry.
 */
import type { PaymentOrderRetrieval, PaymentOrderState } from '../sdk';
import { formatBtc } from '../shared/format';
import { t } from '../shared/i18n';
import { arrivedOf } from '../shared/money-arrived';

export type Outcome = 'payable' | 'partial' | 'confirming' | 'paid' | 'expired' | 'cancelled' | 'dispute' | 'chargeback';

export function outcomeOf(state: Pick<PaymentOrderState, 'status' | 'blockchain_status'>): Outcome {
  switch (state.blockchain_status) {
    case 'pending':
      return state.status === 'pending' ? 'payable' : fromStatus(state.status);
    case 'partial':
      return 'partial';
    case 'mempool_unconfirmed':
    case 'unconfirmed':
      return 'confirming';
    case 'paid':
      return 'paid';
    case 'expired':
      return 'expired';
    case 'cancelled':
      return 'cancelled';
    case 'chargeback':
      return 'chargeback';
    default:
      return 'dispute';
  }
}

function fromStatus(status: PaymentOrderState['status']): Outcome {
  if (status === 'network_dispute') return 'dispute';
  return status === 'pending' ? 'payable' : status;
}

/** The QR is shown only while paying it is still right. */
export function showsQr(outcome: Outcome): boolean {
  return outcome === 'payable' || outcome === 'partial';
}

/**
 * Why Cancel is not offered for an open order (a sentence), or null while it may be
 * cancelled: only a pending order with nothing received can be (WebPOS refuses the rest).
 */
export function cancelBlocked(order: Pick<PaymentOrderRetrieval, 'state' | 'amount' | 'btc_amount'>): string | null {
  const arrived = arrivedOf(order);
  const outcome = outcomeOf(order.state);
  // The whole amount on its way is not "collect the rest": only the network is awaited.
  if (arrived && arrived.missingSats === 0 && outcome === 'confirming') return t('order_cancel_blocked_full_seen');
  if (arrived) return t('order_cancel_blocked_received', formatBtc(arrived.sats));
  if (outcome === 'confirming') return t('order_cancel_blocked_confirming');
  return outcome === 'payable' ? null : t('order_cancel_blocked_ended');
}

/** Whole seconds until `expirationIso` (0 when past, null when unreadable). */
export function secondsLeft(expirationIso: string, now: number): number | null {
  const at = Date.parse(expirationIso);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.floor((at - now) / 1000));
}

/** 905 → "15:05"; 3725 → "1:02:05". */
export function formatCountdown(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

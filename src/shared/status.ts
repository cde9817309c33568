/**
 * The one mapping from an order's state to the word and colour shown for it,
 * everywhere in the extension (popup list, order view, notifications), so the
 * badge's colour and word always agree.
 */
import type { BlockchainStatus, PaymentOrderState } from '../sdk';

export type StatusTone = 'pending' | 'progress' | 'paid' | 'expired' | 'cancelled' | 'dispute' | 'chargeback';

export interface StatusLabel {
  /** Short word for a badge, e.g. "Paid". */
  word: string;
  tone: StatusTone;
  /** A sentence a cashier can read aloud. */
  description: string;
}

const BY_BLOCKCHAIN_STATUS: Record<BlockchainStatus, StatusLabel> = {
  pending: { word: 'Pending', tone: 'pending', description: 'Waiting for the customer to pay.' },
  partial: { word: 'Partly paid', tone: 'progress', description: 'Part of the amount has arrived; the rest is missing.' },
  mempool_unconfirmed: { word: 'Confirming', tone: 'progress', description: 'Payment seen on the network, not yet confirmed.' },
  unconfirmed: { word: 'Confirming', tone: 'progress', description: 'Payment in a block, waiting for confirmations.' },
  paid: { word: 'Paid', tone: 'paid', description: 'Paid in full.' },
  cancelled: { word: 'Cancelled', tone: 'cancelled', description: 'Cancelled: nothing is owed.' },
  expired: { word: 'Expired', tone: 'expired', description: 'Expired before it was paid.' },
  network_dispute: { word: 'Dispute', tone: 'dispute', description: 'The payment is disputed on the network.' },
  mempool_network_dispute: { word: 'Dispute', tone: 'dispute', description: 'A conflicting transaction was seen; the payment is disputed.' },
  possible_chargeback: { word: 'Dispute', tone: 'dispute', description: 'The payment may be charged back.' },
  chargeback: { word: 'Chargeback', tone: 'chargeback', description: 'The payment was reversed (charged back).' },
};

export function statusLabel(state: Pick<PaymentOrderState, 'blockchain_status'>): StatusLabel {
  return BY_BLOCKCHAIN_STATUS[state.blockchain_status];
}

/** Still waiting for money or confirmations: the states the worker keeps polling. */
export function isOpen(state: Pick<PaymentOrderState, 'status'>): boolean {
  return state.status === 'pending';
}

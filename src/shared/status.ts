/**
 * The one mapping from an order's state to the word and colour shown for it,
 * everywhere in the extension (popup list, order view, notifications), so the
 * badge's colour and word always agree.
 */
import type { BlockchainStatus, PaymentOrderState } from '../sdk';
import { t, type MessageKey } from './i18n';

export type StatusTone = 'pending' | 'progress' | 'paid' | 'expired' | 'cancelled' | 'dispute' | 'chargeback';

export interface StatusLabel {
  /** Short word for a badge, e.g. "Paid". */
  word: string;
  tone: StatusTone;
  /** A sentence a cashier can read aloud. */
  description: string;
}

type StatusKeys = { word: MessageKey; tone: StatusTone; description: MessageKey };

const BY_BLOCKCHAIN_STATUS: Record<BlockchainStatus, StatusKeys> = {
  pending: { word: 'status_pending', tone: 'pending', description: 'status_about_pending' },
  partial: { word: 'status_partial', tone: 'progress', description: 'status_about_partial' },
  mempool_unconfirmed: { word: 'status_confirming', tone: 'progress', description: 'status_about_mempool_unconfirmed' },
  unconfirmed: { word: 'status_confirming', tone: 'progress', description: 'status_about_unconfirmed' },
  paid: { word: 'status_paid', tone: 'paid', description: 'status_about_paid' },
  cancelled: { word: 'status_cancelled', tone: 'cancelled', description: 'status_about_cancelled' },
  expired: { word: 'status_expired', tone: 'expired', description: 'status_about_expired' },
  network_dispute: { word: 'status_dispute', tone: 'dispute', description: 'status_about_network_dispute' },
  mempool_network_dispute: { word: 'status_dispute', tone: 'dispute', description: 'status_about_mempool_network_dispute' },
  possible_chargeback: { word: 'status_dispute', tone: 'dispute', description: 'status_about_possible_chargeback' },
  chargeback: { word: 'status_chargeback', tone: 'chargeback', description: 'status_about_chargeback' },
};

/** The word, colour and sentence for an order's state, in the UI language. */
export function statusLabel(state: Pick<PaymentOrderState, 'blockchain_status'>): StatusLabel {
  const keys = BY_BLOCKCHAIN_STATUS[state.blockchain_status];
  return { word: t(keys.word), tone: keys.tone, description: t(keys.description) };
}

/** Still waiting for money or confirmations: the states the worker keeps polling. */
export function isOpen(state: Pick<PaymentOrderState, 'status'>): boolean {
  return state.status === 'pending';
}

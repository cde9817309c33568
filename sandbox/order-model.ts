import type { BlockchainStatus, Transaction } from './wire-types';

/** One transaction as the sandbox keeps it (times in sandbox-clock ms). */
export interface StoredTransaction {
  txid: string;
  normalizedTxid: string;
  status: Transaction['status'];
  blockchainStatus: Transaction['blockchain_status'];
  outs: { n: number; amount: number }[];
  createdAt: number;
}

/** One payment order as the sandbox keeps it; the wire views are derived in order-views.ts. */
export interface StoredOrder {
  uuid: string;
  /** Creation sequence number: the tie-breaker that keeps sorting stable. */
  seq: number;
  fiatCents: number;
  btcAmount: number;
  address: string;
  rateCreatedAt: number;
  createdAt: number;
  expiresIn: number;
  expirationTime: number;
  requiredConfirmations: number;
  reference: string | null;
  details: string | null;
  continueUrl: string | null;
  cancelUrl: string | null;
  callbackUrl: string | null;
  blockchainStatus: BlockchainStatus;
  transactions: StoredTransaction[];
  resolvedAt: number | null;
  chargebackDate: number | null;
  disputeStartDate: number | null;
}

export function outsSum(tx: StoredTransaction): number {
  return tx.outs.reduce((sum, out) => sum + out.amount, 0);
}

/** Satoshi confirmed (paid) and seen but not yet confirmed (in confirmation); reverted money counts for nothing. */
export function receivedSats(order: StoredOrder): { confirmed: number; inConfirmation: number } {
  let confirmed = 0;
  let inConfirmation = 0;
  for (const tx of order.transactions) {
    if (tx.blockchainStatus === 'confirmed') confirmed += outsSum(tx);
    else if (tx.blockchainStatus === 'mempool' || tx.blockchainStatus === 'unconfirmed') inConfirmation += outsSum(tx);
  }
  return { confirmed, inConfirmation };
}

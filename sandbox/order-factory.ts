import { testnetAddressFor } from './address';
import { fiatToSats } from './money';
import type { StoredOrder } from './order-model';
import type { OrderCreationInput } from './validation';

export const DEFAULT_REQUIRED_CONFIRMATIONS = 3;

/** A fresh pending order (no sequence number yet: the store assigns it). */
export function buildOrder(input: OrderCreationInput, uuid: string, now: number, ttlSeconds: number): Omit<StoredOrder, 'seq'> {
  return {
    uuid,
    fiatCents: input.fiatCents,
    btcAmount: fiatToSats(input.fiatCents),
    address: testnetAddressFor(uuid),
    rateCreatedAt: now,
    createdAt: now,
    expiresIn: ttlSeconds,
    expirationTime: now + ttlSeconds * 1000,
    requiredConfirmations: input.requiredConfirmations ?? DEFAULT_REQUIRED_CONFIRMATIONS,
    reference: input.reference,
    details: input.details,
    continueUrl: input.continueUrl,
    cancelUrl: input.cancelUrl,
    callbackUrl: input.callbackUrl,
    blockchainStatus: 'pending',
    transactions: [],
    resolvedAt: null,
    chargebackDate: null,
    disputeStartDate: null,
  };
}

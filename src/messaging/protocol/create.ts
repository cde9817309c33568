/** Making an order at most once per press of Create, and settling an unsure outcome. */
import type { PaymentOrderCreation, PaymentOrderCreationResponse } from '../../sdk';
import type { CachedOrder } from './orders';

export interface CreatedOrder extends CachedOrder {
  creation: PaymentOrderCreationResponse;
}

/**
 * What the worker found for a create attempt whose outcome was unsure: the order it made
 * (proven by its sale code), or the certainty that none exists. Unsure still: an error.
 */
export type CreateCheck =
  | { state: 'made'; created: CreatedOrder }
  | { state: 'not_made'; saleCode: string }
  /** The worker no longer knows the attempt (another account saved since, or over a day old). */
  | { state: 'forgotten' };

export interface CreateMessages {
  /** `attemptId` is a fresh id per press of Create: the worker makes at most one order per id. */
  'order.create': { request: { order: PaymentOrderCreation; attemptId: string }; response: CreatedOrder };
  /** Looks, without sending anything, whether an unsure attempt made its order. */
  'order.check': { request: { attemptId: string }; response: CreateCheck };
}

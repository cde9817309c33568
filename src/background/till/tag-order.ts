/** The till and cashier tags every order made on this till carries in its `details`. */
import type { PaymentOrderCreation } from '../../sdk';
import { detailsWithTags, tagsOf, typedDetails } from '../../messaging/order-tags';

export interface TillIdentity {
  tillName: string;
  cashier: string | null;
}

/**
 * The order with this till's tags merged into whatever details it already has (typed text,
 * a `[rest-of:…]` tag): tags the order already carries are kept, this till's are added.
 */
export function tagOrder(order: PaymentOrderCreation, who: TillIdentity): PaymentOrderCreation {
  const already = tagsOf(order.details);
  const till = who.tillName.trim() || undefined;
  const cashier = who.cashier?.trim() || undefined;
  if (!till && !cashier) return order;
  const details = detailsWithTags(typedDetails(order.details), { ...already, till, cashier });
  return details === null ? order : { ...order, details };
}

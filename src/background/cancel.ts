/**
 * Cancelling an order. WebPOS refuses (1012) once money has arrived or the order has
 * ended; the refusal alone says "forbidden", so the order is read again and the
 * cashier is told why, in the order's own terms.
 */
import { SdkHttpError, type PaymentOrderRetrieval } from '../sdk';
import type { CachedOrder } from '../messaging/protocol';
import { receivedSats } from './create-decision';
import { AppError } from './errors';
import type { OrderCache } from './order-cache';
import type { ApiRunner, OrdersService } from './orders';

/** Why an order cannot be cancelled, or null when it still can (pending, nothing received). */
export function whyNotCancellable(order: Pick<PaymentOrderRetrieval, 'state'>): string | null {
  const received = receivedSats(order);
  if (received > 0) return 'money has already arrived for it, so it must be settled, not cancelled';
  const status = order.state.blockchain_status;
  if (status === 'pending' && order.state.status === 'pending') return null;
  return `it is already ${status.replace(/_/g, ' ')}`;
}

export async function cancelOrder(uuid: string, api: ApiRunner, orders: Pick<OrdersService, 'get'>): Promise<CachedOrder> {
  try {
    await api((c) => c.deletePaymentOrder(uuid));
  } catch (error) {
    if (!(error instanceof SdkHttpError) || error.errorCode !== '1012') throw error;
    const fresh = await orders.get(uuid, true).catch(() => null);
    const why = fresh ? whyNotCancellable(fresh.order) : null;
    throw new AppError(
      'cancel_refused',
      `WebPOS refused to cancel this order${why ? ` because ${why}` : ''} (error 1012). ` +
        'Nothing was changed. Look at the order’s status: if money arrived, settle the sale with the customer.',
    );
  }
  return orders.get(uuid, true);
}

/** What a cashier may cancel: an order made on this till, still pending with nothing received (as last seen). */
export async function cancellableHere(uuid: string, cache: Pick<OrderCache, 'getOrder'>): Promise<boolean> {
  const cached = await cache.getOrder(uuid);
  return cached?.createdHere === true && whyNotCancellable(cached.order) === null;
}

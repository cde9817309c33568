/**
 * Cancelling an order. WebPOS refuses (1012) once money has arrived or the order has
 * ended; the refusal alone says "forbidden", so the order is read again and the
 * cashier is told why, in the order's own terms.
 */
import { SdkHttpError, type PaymentOrderRetrieval } from '../../sdk';
import type { CachedOrder } from '../../messaging/protocol';
import { receivedSats } from '../create/create-decision';
import { AppError } from '../platform/errors';
import type { MessageKey } from '../../shared/i18n';
import { text } from '../../shared/local-text';
import type { OrderCache } from './order-cache';
import type { ApiRunner } from '../platform/api-runner';
import type { OrdersService } from './orders-service';

/** Why an order cannot be cancelled, or null when it still can (pending, nothing received). */
export function whyNotCancellable(order: Pick<PaymentOrderRetrieval, 'state'>): 'received' | 'ended' | null {
  if (receivedSats(order) > 0) return 'received';
  return order.state.blockchain_status === 'pending' && order.state.status === 'pending' ? null : 'ended';
}

const REFUSAL: Record<'received' | 'ended' | 'unknown', MessageKey> = {
  received: 'error_cancel_paid',
  ended: 'error_cancel_ended',
  unknown: 'error_cancel_refused',
};

export async function cancelOrder(uuid: string, api: ApiRunner, orders: Pick<OrdersService, 'get'>): Promise<CachedOrder> {
  try {
    await api((c) => c.deletePaymentOrder(uuid));
  } catch (error) {
    if (!(error instanceof SdkHttpError) || error.errorCode !== '1012') throw error;
    const fresh = await orders.get(uuid, true).catch(() => null);
    const why = REFUSAL[(fresh ? whyNotCancellable(fresh.order) : null) ?? 'unknown'];
    const status = fresh ? `Order status: ${fresh.order.state.status}/${fresh.order.state.blockchain_status}` : 'Order status: unknown';
    throw new AppError('cancel_refused', text(why), undefined, `WebPOS error 1012${error.requestId ? `, request id ${error.requestId}` : ''}\n${status}`);
  }
  return orders.get(uuid, true);
}

/** What a cashier may cancel: an order made on this till, still pending with nothing received (as last seen). */
export async function cancellableHere(uuid: string, cache: Pick<OrderCache, 'getOrder'>): Promise<boolean> {
  const cached = await cache.getOrder(uuid);
  return cached?.createdHere === true && whyNotCancellable(cached.order) === null;
}

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHttpError } from '../../sdk';
import { cancelOrder, whyNotCancellable } from './cancel';
import { OrderCache } from './order-cache';
import { OrdersService } from './orders-service';
import { FakeApi, order } from '../platform/test-fakes.test-util';

describe('cancelling an order', () => {
  it('is possible only while pending with nothing received, and says why otherwise', () => {
    const at = new Date().toISOString();
    expect(whyNotCancellable(order(1, 'pending', at))).toBeNull();
    const partial = order(2, 'partial', at);
    partial.state = { ...partial.state, paid: { crypto: 100, fiat: '0.04' } };
    expect(whyNotCancellable(partial)).toBe('received');
    const seen = order(3, 'mempool_unconfirmed', at);
    seen.state = { ...seen.state, in_confirmation: { crypto: 25_000, fiat: '10.00' } };
    expect(whyNotCancellable(seen)).toBe('received');
    expect(whyNotCancellable(order(4, 'expired', at))).toBe('ended');
  });

  it('turns the bare 1012 refusal into the reason, read from the order itself', async () => {
    const fake = new FakeApi();
    const cache = new OrderCache('test-cancel');
    const orders = new OrdersService({ cache, api: fake.api, offlineSince: () => null });
    const partial = order(1, 'partial', new Date().toISOString());
    partial.state = { ...partial.state, paid: { crypto: 100, fiat: '0.04' } };
    fake.orders = [partial];
    fake.client.deletePaymentOrder = async () => {
      throw createHttpError({ status: 403, errorCode: '1012', debugInfo: { request: { method: 'DELETE', url: 'u', headers: {}, body: null, query: {} }, response: null } });
    };
    await expect(cancelOrder(partial.uuid, fake.api, orders)).rejects.toMatchObject({
      code: 'cancel_refused',
      details: "WebPOS error 1012\nOrder status: pending/partial",
      text: { key: 'error_cancel_paid' },
    });
  });
});

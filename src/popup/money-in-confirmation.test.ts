import { describe, expect, it } from 'vitest';
import { paymentOrder } from '../sdk/fixtures.test-util';
import { cancelBlocked } from '../shared/order-outcome';
import { payRequest } from '../shared/pay-request';

const ADDRESS = 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx';

/** 50,000 sat asked; `seen` of them sent but still waiting for confirmations, none confirmed. */
function inConfirmation(seen: number, blockchain_status: 'partial' | 'mempool_unconfirmed' | 'pending') {
  const o = { ...paymentOrder(), btc_amount: 50_000, uri: `bitcoin:${ADDRESS}?amount=0.0005` };
  o.state = {
    ...o.state,
    status: 'pending',
    blockchain_status,
    paid: { crypto: 0, fiat: '0.00' },
    in_confirmation: { crypto: seen, fiat: '8.00' },
    unpaid: { crypto: 50_000 - seen, fiat: '12.00' },
  };
  return o;
}

describe('money still in confirmation counts as received', () => {
  it('the QR asks only for the rest', () => {
    const o = inConfirmation(20_000, 'partial');
    expect(payRequest(o)).toEqual({ sats: 30_000, uri: `bitcoin:${ADDRESS}?amount=0.0003`, receivedSats: 20_000, partial: true });
  });

  it('without the server’s unpaid figure, the rest is the amount less what is on its way', () => {
    const o = inConfirmation(20_000, 'partial');
    o.state = { ...o.state, unpaid: null };
    expect(payRequest(o).sats).toBe(30_000);
  });

  it('Cancel is not offered, whatever the status still says', () => {
    for (const status of ['partial', 'mempool_unconfirmed', 'pending'] as const) {
      expect(cancelBlocked(inConfirmation(20_000, status))).not.toBeNull();
    }
  });
});

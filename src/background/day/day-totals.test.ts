import { describe, expect, it } from 'vitest';
import type { OrderRow } from '../../messaging/protocol';
import { detailsWithTags } from '../../messaging/order-tags';
import { dayOrder, dayTotals, groupTotals } from './day-totals';

function row(over: Partial<OrderRow>): OrderRow {
  return {
    uuid: crypto.randomUUID(), amount: '10.00', currency: 'EUR', btc_amount: 25_000, reference: null, details: null,
    created_at: '2026-12-06T10:00:00Z', expiration_time: '2026-12-06T10:15:00Z', status: 'pending', blockchain_status: 'pending',
    createdHere: false, arrived: null, ...over,
  };
}
const money = (fiat: string, missingFiat: string, overpaidFiat: string | null = null) => ({ sats: 1, fiat, missingSats: 1, missingFiat, overpaidSats: overpaidFiat ? 1 : 0, overpaidFiat });

describe('day totals', () => {
  const orders = [
    row({ amount: '0.10', btc_amount: 100, status: 'paid', blockchain_status: 'paid', details: detailsWithTags(null, { till: 'Cassa 1', cashier: 'Anna' }) }),
    row({ amount: '0.20', btc_amount: 200, status: 'paid', blockchain_status: 'paid', details: detailsWithTags('x', { till: 'Cassa 2', cashier: 'Anna' }), arrived: money('0.22', '0.00', '0.02') }),
    row({ amount: '5.00', blockchain_status: 'partial', details: detailsWithTags(null, { till: 'Cassa 1', cashier: 'Bruno' }), arrived: money('2.00', '3.00') }),
    row({ status: 'expired', blockchain_status: 'expired', arrived: money('1.50', '8.50') }),
    row({ status: 'expired', blockchain_status: 'expired' }),
    row({ status: 'cancelled', blockchain_status: 'cancelled' }),
    row({ status: 'network_dispute', blockchain_status: 'mempool_network_dispute' }),
  ].map(dayOrder);

  it('adds every figure exactly (0.10 + 0.20 is 0.30) and counts an overpaid order as paid', () => {
    const total = dayTotals(orders);
    expect(total.paidFiat).toBe('0.30');
    expect(total.paidSats).toBe(300);
    expect(total.count).toMatchObject({ paid: 2, overpaid: 1, partial: 1, expiredWithMoney: 1, expiredEmpty: 1, cancelled: 1, dispute: 1 });
    expect([total.overpaidExcess, total.partialReceived, total.partialMissing, total.expiredReceived]).toEqual(['0.02', '2.00', '3.00', '1.50']);
  });

  it('groups per till and per cashier, the untagged last under null', () => {
    const tills = groupTotals(orders, (o) => o.till);
    expect(tills.map((g) => g.name)).toEqual(['Cassa 1', 'Cassa 2', null]);
    expect(tills[0]!.totals.paidFiat).toBe('0.10');
    expect(tills[0]!.totals.partialReceived).toBe('2.00');
    expect(tills[2]!.totals.count.expiredEmpty).toBe(1);
    const cashiers = groupTotals(orders, (o) => o.cashier);
    expect(cashiers.find((g) => g.name === 'Anna')!.totals.paidFiat).toBe('0.30');
  });

  it('counts an unreadable amount instead of guessing it', () => {
    const total = dayTotals([dayOrder(row({ amount: '1e3', status: 'paid', blockchain_status: 'paid' }))]);
    expect(total.paidFiat).toBe('0.00');
    expect(total.unreadable).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { PaymentOrderState } from '../sdk';
import { decimalMinus, decimalSum } from './decimal';
import { arrivedOf } from './money-arrived';

const order = (amount: string, btc: number, state: Partial<PaymentOrderState>) => ({
  amount,
  btc_amount: btc,
  state: { status: 'expired', blockchain_status: 'expired', paid: null, in_confirmation: null, unpaid: null, ...state } as PaymentOrderState,
});

describe('decimal arithmetic', () => {
  it('adds and subtracts to the cent, never in floating point', () => {
    expect(decimalSum('0.10', '0.20')).toBe('0.30');
    expect(decimalMinus('12.50', '5.00')).toBe('7.50');
    expect(decimalMinus('20', '8.005')).toBe('11.995');
    expect(decimalMinus('10.00', '11.00')).toBe('-1.00');
    expect(decimalMinus('1e3', '1')).toBeNull();
  });
});

describe('arrivedOf', () => {
  it('is null when nothing arrived', () => {
    expect(arrivedOf(order('20.00', 50_000, { paid: { crypto: 0, fiat: '0.00' }, unpaid: { crypto: 50_000, fiat: '20.00' } }))).toBeNull();
  });

  it('keeps €8 of €20 received on an expired order, and €12 missing', () => {
    const arrived = arrivedOf(order('20.00', 50_000, { paid: { crypto: 20_000, fiat: '8.00' }, unpaid: { crypto: 30_000, fiat: '12.00' } }));
    expect(arrived).toEqual({ sats: 20_000, fiat: '8.00', missingSats: 30_000, missingFiat: '12.00', overpaidSats: 0, overpaidFiat: null });
  });

  it('counts money on its way beside money confirmed', () => {
    const arrived = arrivedOf(order('12.50', 31_250, { paid: { crypto: 12_500, fiat: '5.00' }, in_confirmation: { crypto: 2_500, fiat: '1.00' }, unpaid: { crypto: 16_250, fiat: '6.50' } }));
    expect(arrived).toMatchObject({ sats: 15_000, fiat: '6.00', missingFiat: '6.50' });
  });

  it('makes the € missing add up with the € received to the order amount, whatever the server rounded', () => {
    const arrived = arrivedOf(order('10.00', 25_000, { paid: { crypto: 10_001, fiat: '4.00' }, unpaid: { crypto: 14_999, fiat: '5.99' } }));
    expect(arrived?.missingFiat).toBe('6.00');
  });

  it('falls back on the server’s unpaid € when the € received is unreadable', () => {
    const arrived = arrivedOf(order('10.00', 25_000, { paid: { crypto: 10_000, fiat: 'n/a' }, unpaid: { crypto: 15_000, fiat: '6.00' } }));
    expect(arrived).toMatchObject({ fiat: null, missingFiat: '6.00' });
  });

  it('gives an overpayment in € too', () => {
    const arrived = arrivedOf(order('10.00', 25_000, { status: 'paid', blockchain_status: 'paid', paid: { crypto: 27_500, fiat: '11.00' }, unpaid: { crypto: 0, fiat: '0.00' } }));
    expect(arrived).toMatchObject({ missingSats: 0, missingFiat: '0.00', overpaidSats: 2_500, overpaidFiat: '1.00' });
  });
});

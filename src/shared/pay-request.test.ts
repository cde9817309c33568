import { describe, expect, it } from 'vitest';
import { paymentOrder } from '../sdk/fixtures.test-util';
import { bip21Amount, overpaidSats, payRequest, uriForAmount } from './pay-request';

const ADDRESS = 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx';

describe('what the customer is asked to pay', () => {
  it('writes BIP21 amounts exactly', () => {
    expect(bip21Amount(30_000)).toBe('0.0003');
    expect(bip21Amount(1)).toBe('0.00000001');
    expect(bip21Amount(100_000_000)).toBe('1');
    expect(bip21Amount(123_456_789)).toBe('1.23456789');
  });

  it('replaces only the amount of the URI', () => {
    expect(uriForAmount(`bitcoin:${ADDRESS}?amount=0.0005`, 30_000)).toBe(`bitcoin:${ADDRESS}?amount=0.0003`);
    expect(uriForAmount(`bitcoin:${ADDRESS}?label=Shop&amount=0.0005`, 30_000)).toBe(`bitcoin:${ADDRESS}?amount=0.0003&label=Shop`);
    expect(uriForAmount(`bitcoin:${ADDRESS}`, 30_000)).toBe(`bitcoin:${ADDRESS}?amount=0.0003`);
  });

  it('asks for the whole amount before any payment', () => {
    const o = { ...paymentOrder(), btc_amount: 50_000, uri: `bitcoin:${ADDRESS}?amount=0.0005` };
    o.state = { ...o.state, paid: { crypto: 0, fiat: '0.00' }, in_confirmation: null, unpaid: { crypto: 50_000, fiat: '20.00' } };
    expect(payRequest(o)).toEqual({ sats: 50_000, uri: o.uri, receivedSats: 0, partial: false });
  });

  it('after a partial payment asks for state.unpaid, in the QR and in the big amount', () => {
    const o = { ...paymentOrder(), btc_amount: 50_000, uri: `bitcoin:${ADDRESS}?amount=0.0005` };
    o.state = { ...o.state, blockchain_status: 'partial', paid: { crypto: 20_000, fiat: '8.00' }, in_confirmation: null, unpaid: { crypto: 30_000, fiat: '12.00' } };
    expect(payRequest(o)).toEqual({ sats: 30_000, uri: `bitcoin:${ADDRESS}?amount=0.0003`, receivedSats: 20_000, partial: true });
  });

  it('says how much extra an overpaid order received', () => {
    const o = { ...paymentOrder(), btc_amount: 50_000 };
    o.state = { ...o.state, paid: { crypto: 55_000, fiat: '22.00' }, unpaid: { crypto: 0, fiat: '0.00' } };
    expect(overpaidSats(o)).toBe(5_000);
    o.state = { ...o.state, paid: { crypto: 50_000, fiat: '20.00' } };
    expect(overpaidSats(o)).toBe(0);
  });
});

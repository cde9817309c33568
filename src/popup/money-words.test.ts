import { describe, expect, it, onTestFinished } from 'vitest';
import { fakeI18n } from '../../scripts/i18n/catalogue';
import type { BlockchainStatus, OrderStatus, PaymentOrderState } from '../sdk';
import { endedWithMoney, nextStepAfter, overpaidText } from './money-words';
import { cancelBlocked, outcomeOf } from '../shared/order-outcome';

function order(status: OrderStatus, blockchain_status: BlockchainStatus, state: Partial<PaymentOrderState>, amount = '20.00', btc = 50_000) {
  return {
    amount,
    btc_amount: btc,
    currency: { uuid: 'c', name: 'EUR', type: 'fiat' as const },
    state: { status, blockchain_status, paid: null, in_confirmation: null, unpaid: null, ...state },
  };
}
const EIGHT_OF_TWENTY = { paid: { crypto: 20_000, fiat: '8.00' }, unpaid: { crypto: 30_000, fiat: '12.00' } };

function inItalian(): void {
  const scope = globalThis as { chrome?: unknown };
  const before = scope.chrome;
  scope.chrome = { i18n: fakeI18n('it', 'it-IT') };
  onTestFinished(() => {
    scope.chrome = before;
  });
}

describe('an order that ended after money arrived', () => {
  it('expired part-paid: says €8 arrived and €12 is missing, and offers an order for exactly €12', () => {
    const expired = order('expired', 'expired', EIGHT_OF_TWENTY);
    const words = endedWithMoney(expired, outcomeOf(expired.state));
    expect(words).toEqual({
      text: '€8.00 (0.0002 BTC) of €20.00 arrived before this order expired; €12.00 is still missing. Do not ask the customer for the full amount again.',
      nextStep: 'Collect the missing €12.00 another way, or press “New order for the rest”.',
      rest: '12.00',
    });
  });

  it('says the same in Italian', () => {
    inItalian();
    const words = endedWithMoney(order('cancelled', 'cancelled', EIGHT_OF_TWENTY), 'cancelled');
    expect(words?.text.replace(/\u00a0/g, ' ')).toBe('Prima dell’annullamento sono arrivati 8,00 € (0,0002 BTC) su 20,00 €; mancano ancora 12,00 €. Non chiedere di nuovo al cliente l’intero importo.');
    expect(words?.nextStep).toMatch(/^Incassa i 12,00\s€ mancanti in un altro modo/);
  });

  it('is nothing special when nothing arrived, or while the customer may still pay', () => {
    expect(endedWithMoney(order('expired', 'expired', { paid: { crypto: 0, fiat: '0.00' } }), 'expired')).toBeNull();
    expect(endedWithMoney(order('pending', 'partial', EIGHT_OF_TWENTY), 'partial')).toBeNull();
  });

  it('offers no order for the rest when the € missing is unknown, and says the satoshi instead', () => {
    const words = endedWithMoney(order('expired', 'expired', { paid: { crypto: 20_000, fiat: '?' }, unpaid: { crypto: 30_000, fiat: '?' } }), 'expired');
    expect(words?.rest).toBeNull();
    expect(words?.text).toMatch(/0\.0003 BTC is still missing/);
  });
});

describe('overpaidText', () => {
  it('gives the excess in € as well as in BTC', () => {
    const paid = order('paid', 'paid', { paid: { crypto: 27_500, fiat: '11.00' }, unpaid: { crypto: 0, fiat: '0.00' } }, '10.00', 25_000);
    expect(overpaidText(paid)).toBe('€1.00 (0.000025 BTC) more than asked arrived. Settle the difference with the customer.');
    expect(overpaidText(order('paid', 'paid', { paid: { crypto: 25_000, fiat: '10.00' } }, '10.00', 25_000))).toBeNull();
  });
});

describe('cancelBlocked while the payment confirms', () => {
  it('the full amount on its way says "waiting for the network", never "collect the rest"', () => {
    const seen = order('pending', 'mempool_unconfirmed', { paid: { crypto: 0, fiat: '0.00' }, in_confirmation: { crypto: 50_000, fiat: '20.00' }, unpaid: { crypto: 0, fiat: '0.00' } });
    expect(cancelBlocked(seen)).toBe('Cancel is not offered: full amount seen — waiting for the network to confirm it.');
  });

  it('a part payment still says what arrived', () => {
    expect(cancelBlocked(order('pending', 'partial', EIGHT_OF_TWENTY))).toMatch(/0\.0002 BTC has already arrived/);
  });
});

describe('nextStepAfter', () => {
  it('tells the merchant what to do after a dispute and after a chargeback', () => {
    expect(nextStepAfter('dispute')).toMatch(/^Next step: wait\./);
    expect(nextStepAfter('chargeback')).toMatch(/^Next step: this payment was reversed/);
    expect(nextStepAfter('paid')).toBeNull();
  });
});

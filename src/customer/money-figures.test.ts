import { describe, expect, it } from 'vitest';
import type { BlockchainStatus, OrderStatus } from '../sdk';
import { t } from '../shared/i18n';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCatalogue, translatorFor } from '../shared/catalogue';
import { moneyFigures } from './money-figures';

const order = (status: OrderStatus, blockchain_status: BlockchainStatus) => ({
  amount: '12.50',
  btc_amount: 31_250,
  currency: { uuid: 'c', name: 'EUR', type: 'fiat' as const },
  state: { status, blockchain_status, paid: { crypto: 12_500, fiat: '5.00' }, in_confirmation: null, unpaid: { crypto: 18_750, fiat: '7.50' } },
});
const plain = (s: string | null | undefined) => s?.replace(/\u00a0/g, ' ');

describe('moneyFigures on the customer display', () => {
  it('while part-paid and open, the largest figure is what is still to pay, never the full amount', () => {
    const italian = translatorFor(readCatalogue(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/it/messages.json'), 'utf8'))));
    const figures = moneyFigures(order('pending', 'partial'), 'partial', { say: italian, locale: 'it-IT' });
    expect(plain(figures?.headline)).toBe('7,50 €');
    expect(plain(figures?.note)).toBe('Ricevuti 5,00 € su 12,50 €');
  });

  it('after an ending with money received, says how much and sends the customer to the cashier', () => {
    const figures = moneyFigures(order('expired', 'expired'), 'expired', { say: t, locale: 'en' });
    expect(figures?.status).toBe('€5.00 received — please see the cashier');
    expect(figures?.headline).toBe('€12.50');
  });

  it('leaves the usual words when nothing arrived', () => {
    const none = { ...order('expired', 'expired'), state: { ...order('expired', 'expired').state, paid: { crypto: 0, fiat: '0.00' } } };
    expect(moneyFigures(none, 'expired', { say: t, locale: 'en' })).toBeNull();
  });
});

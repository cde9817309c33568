import { describe, expect, it } from 'vitest';
import { statusLabel } from '../../shared/status';
import type { BlockchainStatus } from '../../sdk';
import type { OrderRow } from '../../messaging/protocol';
import { toRow } from '../orders/order-cache';
import { Notifier, orderOfNotification, POPUP_PAGE, transitionNotice, type NotifierApis } from './notifier';
import { order, uuidN } from '../platform/test-fakes.test-util';

const row = (status: BlockchainStatus, extra: Partial<OrderRow> = {}): OrderRow => ({
  ...toRow(order(7, status, '2026-11-26T10:00:00Z', { amount: '12.50' }), true),
  ...extra,
});

describe('transitionNotice', () => {
  const UUID = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}|[0-9a-f]{8}/i;

  it('tells the cashier an order made here was paid by its sale code and amount, never by its uuid', () => {
    const notice = transitionNotice(row('pending'), row('paid', { reference: '#K7QX2M9P' }));
    expect(notice?.title).toBe('Paid: €12.50');
    expect(notice?.message).toBe(`Sale code #K7QX2M9P: ${statusLabel({ blockchain_status: 'paid' }).description}`);
    expect(`${notice?.title} ${notice?.message}`).not.toMatch(UUID);
  });

  it('names the typed reference beside the sale code', () => {
    const notice = transitionNotice(row('pending'), row('paid', { reference: 'Table 4 #K7QX2M9P' }));
    expect(notice?.message).toMatch(/^“Table 4” \(sale code #K7QX2M9P\): /);
    expect(notice?.message).not.toMatch(UUID);
  });

  it('names an order made elsewhere by its reference, and one without any by saying so, never by its uuid', () => {
    expect(transitionNotice(row('pending'), row('paid'))?.message).toMatch(/^“ref-7”: /);
    const bare = transitionNotice(row('pending'), row('expired', { reference: null }));
    expect(bare?.message).toMatch(/^An order without a reference: /);
    expect(bare?.message).not.toContain(uuidN(7).slice(0, 8));
  });

  it('says nothing for states that are not news, or when the word shown does not change', () => {
    expect(transitionNotice(row('pending'), row('mempool_unconfirmed'))).toBeNull();
    expect(transitionNotice(row('pending'), row('unconfirmed'))).toBeNull();
    expect(transitionNotice(row('paid'), row('paid'))).toBeNull();
    expect(transitionNotice(row('pending'), row('partial'))).not.toBeNull();
    expect(transitionNotice(row('paid'), row('chargeback'))).not.toBeNull();
  });
});

describe('transitionNotice with money received', () => {
  const partPaid = (status: BlockchainStatus) =>
    toRow(
      order(8, status, '2026-11-26T10:00:00Z', {
        amount: '20.00',
        btc_amount: 50_000,
        reference: '#K7QX2M9P',
        state: {
          status: status === 'partial' ? 'pending' : (status as 'expired'),
          blockchain_status: status,
          paid: { crypto: 20_000, fiat: '8.00' },
          in_confirmation: null,
          unpaid: { crypto: 30_000, fiat: '12.00' },
        },
      }),
      true,
    );

  it('an order that expired part-paid says what arrived, what is missing and what to do, never "before it was paid"', () => {
    const notice = transitionNotice(partPaid('partial'), partPaid('expired'));
    expect(notice?.message).toBe(
      'Sale code #K7QX2M9P: €8.00 (0.0002 BTC) of €20.00 arrived; €12.00 is missing. Collect the missing €12.00 another way, or press “New order for the rest”.',
    );
    expect(notice?.message).not.toMatch(/before it was paid/);
  });

  it('a part payment says the figures, without a next step while the customer may still pay', () => {
    expect(transitionNotice(row('pending'), partPaid('partial'))?.message).toBe('Sale code #K7QX2M9P: €8.00 (0.0002 BTC) of €20.00 arrived; €12.00 is missing.');
  });
});

describe('transitionNotice for a dispute or a chargeback', () => {
  it('says whether to ask the customer again: not during a dispute, a new order after a chargeback', () => {
    const disputed = transitionNotice(row('paid', { reference: '#K7QX2M9P' }), row('network_dispute', { reference: '#K7QX2M9P' }));
    expect(disputed?.message).toBe(
      `Sale code #K7QX2M9P: ${statusLabel({ blockchain_status: 'network_dispute' }).description} Do not ask the customer to pay again yet: the order updates by itself.`,
    );
    const reversed = transitionNotice(row('network_dispute'), row('chargeback'));
    expect(reversed?.message).toMatch(/The sale is not paid: make a new order for the customer, or contact Chainside Pay support\.$/);
  });
});

describe('orderOfNotification', () => {
  it('reads the order back from the notification id, and nothing from other ids', () => {
    expect(orderOfNotification(`order:${uuidN(3)}:1700000000000`)).toBe(uuidN(3));
    expect(orderOfNotification('other:abc')).toBeNull();
    expect(orderOfNotification('order::5')).toBeNull();
  });
});

function apis(windowsFail = false) {
  const log: unknown[] = [];
  const value: NotifierApis = {
    notifications: { create: async (id, options) => (log.push(['notify', id, options]), id) },
    getURL: (path) => `chrome-extension://ext/${path}`,
    windows: {
      create: async (options) => {
        if (windowsFail) throw new Error('no windows here');
        log.push(['window', options]);
      },
    },
    tabs: { create: async (options) => void log.push(['tab', options]) },
    now: () => 1234,
  };
  return { value, log };
}

describe('Notifier', () => {
  it('creates a notification whose id leads back to the order', async () => {
    const { value, log } = apis();
    await new Notifier(value).notifyTransition(row('pending'), row('paid'));
    expect(log).toHaveLength(1);
    const [, id, options] = log[0] as [string, string, { iconUrl: string; title: string }];
    expect(orderOfNotification(id)).toBe(uuidN(7));
    expect(options.iconUrl).toBe('chrome-extension://ext/icons/icon-128.png');
    expect(options.title).toMatch(/^Paid/);
  });

  it('creates nothing for a transition that is not news', async () => {
    const { value, log } = apis();
    await new Notifier(value).notifyTransition(row('pending'), row('unconfirmed'));
    expect(log).toEqual([]);
  });

  it('opens the popup page on the order in a small window, or in a tab where windows fail', async () => {
    const small = apis();
    await new Notifier(small.value).openOrder('a b');
    expect(small.log).toEqual([['window', { url: `chrome-extension://ext/${POPUP_PAGE}?order=a%20b`, type: 'popup', width: 400, height: 640 }]]);
    const mobile = apis(true);
    await new Notifier(mobile.value).openOrder(null);
    expect(mobile.log).toEqual([['tab', { url: `chrome-extension://ext/${POPUP_PAGE}` }]]);
  });
});

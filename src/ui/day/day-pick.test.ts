import { describe, expect, it } from 'vitest';
import type { DayOrder } from '../../messaging/protocol';
import { groupName, pickedOrders, pickedTitle, showValue } from './day-pick';

const order = (uuid: string, till: string | null, cashier: string | null, figures: DayOrder['figures']) => ({ uuid, till, cashier, figures }) as DayOrder;
const orders = [
  order('a', 'Cassa 1', 'Anna', ['paid']),
  order('b', 'Cassa 1', 'Bruno', ['paid', 'overpaid']),
  order('c', 'Cassa 2', 'Anna', ['paid']),
  order('d', null, null, ['paid']),
  order('e', 'Cassa 1', 'Anna', ['cancelled']),
];

describe('the orders a figure opens', () => {
  it('are those of that till under that figure (an overpaid order is also paid)', () => {
    expect(pickedOrders(orders, { by: 'till', name: 'Cassa 1', figure: 'paid' }).map((o) => o.uuid)).toEqual(['a', 'b']);
    expect(pickedOrders(orders, { by: 'till', name: 'Cassa 1', figure: 'overpaid' }).map((o) => o.uuid)).toEqual(['b']);
  });

  it('of a cashier, of no till (null), and of the whole day (undefined)', () => {
    expect(pickedOrders(orders, { by: 'cashier', name: 'Anna', figure: 'paid' }).map((o) => o.uuid)).toEqual(['a', 'c']);
    expect(pickedOrders(orders, { by: 'till', name: null, figure: 'paid' }).map((o) => o.uuid)).toEqual(['d']);
    expect(pickedOrders(orders, { by: 'cashier', name: undefined, figure: 'paid' }).map((o) => o.uuid)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('names and values', () => {
  it('names the groups, the missing ones and the total', () => {
    expect(groupName('till', 'Cassa 1')).toBe('Cassa 1');
    expect(groupName('till', null)).toBe('no till');
    expect(groupName('cashier', null)).toBe('no cashier');
    expect(groupName('cashier', undefined)).toBe('Total');
    expect(pickedTitle({ by: 'till', name: 'Cassa 1', figure: 'paid' })).toBe('Cassa 1 — Paid (orders)');
  });

  it('shows counts, euros and BTC', () => {
    expect(showValue({ kind: 'count', value: 3 })).toBe('3');
    expect(showValue({ kind: 'fiat', value: '12.60' })).toBe('€12.60');
    expect(showValue({ kind: 'sats', value: 25_000 })).toBe('0.00025 BTC');
  });
});

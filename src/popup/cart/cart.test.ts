import { describe, expect, it } from 'vitest';
import { addItem, cartCents, cartReference, cartSummary, changeQuantity, lineKey, removeLine, type CartLine } from './cart';

const caffe = { name: 'Caffè', price: '1.20', emoji: '☕' };
const cornetto = { name: 'Cornetto', price: '1.10' };

describe('cart', () => {
  it('counts a tapped item twice as one line of two, and sums in whole cents', () => {
    let lines = addItem([], caffe);
    lines = addItem(lines, cornetto);
    lines = addItem(lines, caffe);
    expect(lines.map((l) => [l.item.name, l.quantity])).toEqual([['Caffè', 2], ['Cornetto', 1]]);
    expect(cartCents(lines)).toBe(350);
    // 0.1 + 0.2 in floating point is not 0.3; cents are exact.
    const tenths = addItem(addItem([], { name: 'a', price: '0.10' }), { name: 'b', price: '0.20' });
    expect(cartCents(tenths)).toBe(30);
  });

  it('drops a line whose quantity reaches zero, and removes a line outright', () => {
    const lines = addItem(addItem([], caffe), cornetto);
    expect(changeQuantity(lines, lineKey(caffe), -1).map((l) => l.item.name)).toEqual(['Cornetto']);
    expect(removeLine(lines, lineKey(cornetto)).map((l) => l.item.name)).toEqual(['Caffè']);
  });

  it('lists the lines in the reference, and leaves out whole lines that do not fit', () => {
    const lines: CartLine[] = [
      { item: caffe, quantity: 2 },
      { item: cornetto, quantity: 1 },
      { item: { name: 'Spremuta', price: '3.00' }, quantity: 1 },
    ];
    expect(cartSummary(lines, 300)).toBe('2× Caffè, 1× Cornetto, 1× Spremuta');
    expect(cartSummary(lines, 30)).toBe('2× Caffè, 1× Cornetto, … +1');
    expect(cartSummary(lines, 14)).toBe('2× Caffè, … +2');
    expect(cartSummary(lines, 13)).toBe('… +3');
    expect(cartSummary(lines, 5)).toBe('… +3');
    expect(cartSummary(lines, 3)).toBe('');
  });

  it('puts the typed reference after the lines and keeps it whole', () => {
    const lines: CartLine[] = [{ item: caffe, quantity: 2 }];
    expect(cartReference(lines, '', 300)).toBe('2× Caffè');
    expect(cartReference(lines, 'Table 4', 300)).toBe('2× Caffè · Table 4');
    expect(cartReference(lines, 'x'.repeat(20), 20)).toBe('x'.repeat(20));
    expect(cartReference(lines, 'x'.repeat(290), 300).length).toBeLessThanOrEqual(300);
  });
});

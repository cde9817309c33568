import { describe, expect, it } from 'vitest';
import { itemFromTyped, itemProblems, itemsListProblem, priceCents } from './items';

const fields = (name: string, price: string, emoji = '') => itemProblems({ name, price, emoji }).map((p) => p.field);

describe('items', () => {
  it('reads a price with a dot or a comma, at most two decimals, above zero', () => {
    expect(priceCents('2.5')).toBe(250);
    expect(priceCents('2,50')).toBe(250);
    expect(priceCents(' 3 ')).toBe(300);
    for (const bad of ['0', '0.00', '-1', '1.234', 'abc', '1e3', '', '1.2.3', '10000.01']) expect(priceCents(bad), bad).toBeNull();
  });

  it('refuses an empty or long name, a bad price and an emoji that is not one picture', () => {
    expect(fields('Caffè', '1.20', '☕')).toEqual([]);
    expect(fields('👨‍👩‍👧 Family', '1', '👨‍👩‍👧')).toEqual([]);
    expect(fields('  ', '1.20')).toEqual(['name']);
    expect(fields('x'.repeat(33), '1.20')).toEqual(['name']);
    expect(fields('x'.repeat(32), '1.20')).toEqual([]);
    expect(fields('Caffè', '1,234')).toEqual(['price']);
    expect(fields('Caffè', '1', '☕☕')).toEqual(['emoji']);
    expect(fields('Caffè', '1', 'A')).toEqual(['emoji']);
  });

  it('keeps a checked item with a two-decimal price and no empty emoji', () => {
    expect(itemFromTyped({ name: ' Cornetto ', price: '1,1', emoji: ' ' })).toEqual({ name: 'Cornetto', price: '1.10' });
  });

  it('names the first bad item of a list, and refuses more than 24', () => {
    expect(itemsListProblem([{ name: 'a', price: '1.00' }])).toBeNull();
    expect(itemsListProblem([{ name: 'a', price: '1.00' }, { name: 'b', price: '0' }])?.params).toEqual([2, 'b']);
    expect(itemsListProblem('nope')?.key).toBe('items_list_invalid');
    expect(itemsListProblem(Array.from({ length: 25 }, (_, i) => ({ name: `i${i}`, price: '1' })))?.key).toBe('items_over_limit');
  });
});

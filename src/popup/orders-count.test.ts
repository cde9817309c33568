import { describe, expect, it } from 'vitest';
import { ordersCountText } from './orders-count';

describe('the orders count', () => {
  it('never says more orders are shown than exist ("7 of 5")', () => {
    expect(ordersCountText(7, 5, false, null)).toBe('7 orders');
    expect(ordersCountText(5, 5, false, null)).toBe('5 of 5 orders');
    expect(ordersCountText(40, 120, false, null)).toBe('40 of 120 orders');
    expect(ordersCountText(1, null, false, null)).toBe('1 order');
  });

  it('offline, says the list is what this computer saved', () => {
    expect(ordersCountText(7, 5, true, null)).toBe('7 orders saved on this computer (offline: there may be more)');
  });

  it('while searching, counts the matches among the loaded orders', () => {
    expect(ordersCountText(7, 5, true, 2)).toBe('2 of 7 loaded orders match');
  });
});

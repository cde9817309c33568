import { describe, expect, it } from 'vitest';
import { addDecimal, sumToDecimal, ZERO_SUM, type DecimalSum } from './money-sum';

function total(...amounts: string[]): string | null {
  let sum: DecimalSum | null = ZERO_SUM;
  for (const amount of amounts) {
    sum = sum && addDecimal(sum, amount);
  }
  return sum && sumToDecimal(sum);
}

describe('exact decimal sums', () => {
  it('adds without float drift', () => {
    expect(total('0.10', '0.20')).toBe('0.30');
    expect(0.1 + 0.2).not.toBe(0.3); // what a float sum would have shown
    expect(total(...Array<string>(1000).fill('0.01'))).toBe('10.00');
    expect(total('19.99', '0.01', '1000000.005')).toBe('1000020.005');
  });

  it('keeps the most decimals seen, whatever the order', () => {
    expect(total('12', '0.5')).toBe('12.5');
    expect(total('0.5', '12')).toBe('12.5');
    expect(total('3.50', '2')).toBe('5.50');
  });

  it('handles sums beyond float precision', () => {
    expect(total('999999999999999.99', '0.01')).toBe('1000000000000000.00');
  });

  it('gives zero for nothing, with leading zeros right', () => {
    expect(total()).toBe('0');
    expect(total('0.05')).toBe('0.05');
  });

  it('refuses anything that is not a plain non-negative decimal', () => {
    for (const bad of ['', 'abc', '-1.00', '1e3', '1,50', '1.2.3', 'NaN', '.5', '1.']) {
      expect(addDecimal(ZERO_SUM, bad), bad).toBeNull();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { DECIMAL_REGEX } from '../sdk';
import { MAX_AMOUNT_CENTS, formatCents, parseAmount } from './amount';

describe('parseAmount accepts what a cashier types', () => {
  it.each([
    ['12.5', '12.50'],
    ['12.50', '12.50'],
    ['12,50', '12.50'],
    ['12', '12.00'],
    ['0.01', '0.01'],
    ['.5', '0.50'],
    ['12.', '12.00'],
    [' 7 ', '7.00'],
    ['007.10', '7.10'],
    ['1000000', '1000000.00'],
  ])('%j → %s', (input, value) => {
    expect(parseAmount(input)).toMatchObject({ ok: true, value, isSum: false });
  });

  it.each([
    ['3.50+2', '5.50'],
    ['3,50 + 2', '5.50'],
    ['0.10+0.20', '0.30'],
    ['1+1+1', '3.00'],
    ['0+5', '5.00'],
  ])('adds %j up to %s, in whole cents', (input, value) => {
    expect(parseAmount(input)).toMatchObject({ ok: true, value, isSum: true });
  });

  it('always gives the API a decimal it accepts', () => {
    for (const input of ['12,5', '3.50+2', '0.01', '999999.99', '1000000']) {
      const result = parseAmount(input);
      expect(result.ok && DECIMAL_REGEX.test(result.value)).toBe(true);
    }
  });
});

describe('parseAmount refuses with a reason', () => {
  it.each([
    ['', /enter an amount/i],
    ['   ', /enter an amount/i],
    ['0', /more than zero/i],
    ['0.00', /more than zero/i],
    ['0+0', /more than zero/i],
    ['-1', /negative/i],
    ['5+-1', /negative/i],
    ['1.234', /two decimals/i],
    ['1e9', /plain digits/i],
    ['1000000.01', /more than €1,000,000\.00/],
    ['99999999999999999999', /more than €1,000,000\.00/],
    ['999999+2', /more than €1,000,000\.00/],
    ['abc', /digits/i],
    ['€12', /digits/i],
    ['1,000.50', /one decimal separator/i],
    ['3.50+', /missing after/i],
    ['+3', /before “\+”/],
    ['3++2', /missing after/i],
    ['.', /digits/i],
  ])('%j', (input, reason) => {
    const result = parseAmount(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(reason);
  });

  it('names the bad term of a sum', () => {
    const result = parseAmount('3.50+1.234');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('“1.234”');
  });
});

describe('formatCents', () => {
  it('writes two decimals', () => {
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(550)).toBe('5.50');
    expect(formatCents(MAX_AMOUNT_CENTS)).toBe('1000000.00');
  });
});

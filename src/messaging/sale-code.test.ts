import { describe, expect, it } from 'vitest';
import { isSaleCode, newSaleCode, referenceWithCode, saleCodeOf, typedReference, TYPED_REFERENCE_MAX, REFERENCE_MAX } from './sale-code';

describe('sale codes', () => {
  it('are 8 Crockford base32 characters (no I, L, O, U) drawn from 40 random bits', () => {
    expect(newSaleCode((b) => b.fill(0))).toBe('00000000');
    expect(newSaleCode((b) => b.fill(255))).toBe('ZZZZZZZZ');
    expect(newSaleCode((b) => (b.set([0, 0, 0, 0, 33]), b))).toBe('00000011');
    const many = new Set(Array.from({ length: 2000 }, () => newSaleCode()));
    expect(many.size).toBe(2000);
    for (const code of many) expect(isSaleCode(code)).toBe(true);
    expect([...many].join('')).not.toMatch(/[ILOU]/);
  });

  it('ride in the reference: alone when it is blank, appended when typed, and read back', () => {
    expect(referenceWithCode('', 'K7QX2M9P')).toBe('#K7QX2M9P');
    expect(referenceWithCode(null, 'K7QX2M9P')).toBe('#K7QX2M9P');
    expect(referenceWithCode('  Table 4 ', 'K7QX2M9P')).toBe('Table 4 #K7QX2M9P');
    expect(saleCodeOf('Table 4 #K7QX2M9P')).toBe('K7QX2M9P');
    expect(saleCodeOf('#K7QX2M9P')).toBe('K7QX2M9P');
    expect(typedReference('Table 4 #K7QX2M9P')).toBe('Table 4');
    expect(typedReference('#K7QX2M9P')).toBeNull();
    expect(referenceWithCode('x'.repeat(TYPED_REFERENCE_MAX), 'K7QX2M9P')).toHaveLength(REFERENCE_MAX);
  });

  it('are not read from references made elsewhere', () => {
    for (const other of [null, '', 'Table 4', 'till-2 #1042', 'Table#K7QX2M9P', '#K7QX2M9', '#k7qx2m9p', '#K7QX2M9PX', '#ILOU1234']) {
      expect(saleCodeOf(other)).toBeNull();
    }
  });
});

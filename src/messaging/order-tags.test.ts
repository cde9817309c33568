import { describe, expect, it } from 'vitest';
import { DETAILS_MAX, detailsWithTags, tagsOf, tagValue, typedDetails } from './order-tags';

describe('order tags in details', () => {
  it('round-trips till, cashier and the sale a rest belongs to', () => {
    const details = detailsWithTags('Table 4', { till: 'Cassa 2', cashier: 'Anna', restOf: 'K7QX2M9P' });
    expect(details).toBe('Table 4 [till:Cassa 2][cashier:Anna][rest-of:#K7QX2M9P]');
    expect(tagsOf(details)).toEqual({ till: 'Cassa 2', cashier: 'Anna', restOf: 'K7QX2M9P' });
    expect(typedDetails(details)).toBe('Table 4');
  });

  it('reads nothing from orders made elsewhere', () => {
    expect(tagsOf(null)).toEqual({});
    expect(tagsOf('just a note')).toEqual({});
    expect(typedDetails('just a note')).toBe('just a note');
  });

  it('does not let typed details pose as a tag', () => {
    const details = detailsWithTags('[till:Cassa 1]', { till: 'Cassa 2' });
    expect(tagsOf(details)).toEqual({ till: 'Cassa 2' });
    const untagged = detailsWithTags('[till:Cassa 1]', {});
    expect(tagsOf(untagged)).toEqual({});
  });

  it('only reads the trailing run of tags', () => {
    expect(tagsOf('[till:X] then words')).toEqual({});
  });

  it('cleans names: no brackets, single spaces, capped', () => {
    expect(tagValue('  Cassa\n [2]  ')).toBe('Cassa 2');
    expect(tagValue('x'.repeat(50))).toHaveLength(32);
    expect(detailsWithTags(null, { till: '   ' })).toBeNull();
  });

  it('drops a rest-of that is not a sale code', () => {
    expect(detailsWithTags(null, { restOf: 'not-a-code' })).toBeNull();
    expect(tagsOf('[rest-of:#lowercase]')).toEqual({});
  });

  it('shortens the typed text, never the tags, to stay within the protocol limit', () => {
    const details = detailsWithTags('y'.repeat(400), { till: 'Cassa 2', cashier: 'Anna' });
    expect(details?.length).toBeLessThanOrEqual(DETAILS_MAX);
    expect(tagsOf(details)).toEqual({ till: 'Cassa 2', cashier: 'Anna' });
  });
});

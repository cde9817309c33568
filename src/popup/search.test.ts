import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchRows } from './search';
import { row } from './test-rows.test-util';

const rows = [
  row({ uuid: 'aaaa1111-0000-4000-8000-000000000001', amount: '12.50', reference: 'Table 4', details: 'Espresso' }),
  row({ uuid: 'bbbb2222-0000-4000-8000-000000000002', amount: '3.00', reference: null, details: 'Croissant' }),
  row({ uuid: 'cccc3333-0000-4000-8000-000000000003', amount: '120.00', reference: 'INV-77', details: null }),
];
const index = buildSearchIndex(rows);

describe('searchRows', () => {
  it('matches everything for an empty or blank query', () => {
    expect(searchRows(index, '')).toEqual([0, 1, 2]);
    expect(searchRows(index, '   ')).toEqual([0, 1, 2]);
  });

  it.each([
    ['table', [0]],
    ['ESPRESSO', [0]],
    ['croiss', [1]],
    ['inv-77', [2]],
    ['bbbb2222', [1]],
    ['12.5', [0]],
    ['12,50', [0]],
    ['120', [2]],
    ['.00', [1, 2]],
    ['nothing like it', []],
  ])('%j → rows %j', (query, expected) => expect(searchRows(index, query)).toEqual(expected));

  it('does not match across fields', () => {
    expect(searchRows(index, 'table 4espresso')).toEqual([]);
  });

  it('searches 10,000 rows well within a frame', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      row({ uuid: `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`, reference: `Ref ${i}`, amount: `${i}.00` }),
    );
    const bigIndex = buildSearchIndex(many);
    const started = performance.now();
    for (let i = 0; i < 20; i++) searchRows(bigIndex, `ref ${i * 37}`);
    expect((performance.now() - started) / 20).toBeLessThan(16);
  });
});

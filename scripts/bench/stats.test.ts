import { describe, expect, it } from 'vitest';
import { median, pairedDifference, percentile } from './stats';

describe('bench statistics', () => {
  it('takes the median and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
  });

  it('pairs samples by round, so drift shared by a round cancels', () => {
    // Both sides drift by the same amount each round; B is always 4 ms slower.
    const drift = [0, 30, -10, 55, 12];
    const a = drift.map((d) => 100 + d);
    const b = drift.map((d) => 104 + d);
    expect(pairedDifference(a, b)).toEqual({ mean: 4, standardError: 0, median: 4 });
  });

  it('gives the standard error of the mean difference', () => {
    const result = pairedDifference([0, 0, 0, 0], [1, 3, 1, 3]);
    expect(result.mean).toBe(2);
    expect(result.median).toBe(2);
    // Sample standard deviation 2/√3, over √4 rounds.
    expect(result.standardError).toBeCloseTo(1 / Math.sqrt(3), 10);
  });

  it('refuses samples that cannot be paired', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(/differ in number/);
    expect(() => pairedDifference([1], [2])).toThrow(/at least two rounds/);
  });
});

/** Small, exact statistics over samples (no interpolation surprises). */

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('no samples');
  return [...samples].sort((a, b) => a - b);
}

export function median(samples: readonly number[]): number {
  const s = sorted(samples);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  const s = sorted(samples);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1]!;
}

export function mean(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('no samples');
  return samples.reduce((a, b) => a + b, 0) / samples.length;
}

/**
 * `b − a` round by round (samples taken in the same round are paired), so drift between
 * rounds cancels: the mean difference, its standard error, and the median difference.
 */
export function pairedDifference(a: readonly number[], b: readonly number[]): { mean: number; standardError: number; median: number } {
  if (a.length !== b.length) throw new Error(`paired samples differ in number: ${a.length} and ${b.length}`);
  if (a.length < 2) throw new Error('a paired difference needs at least two rounds');
  const diffs = b.map((value, i) => value - a[i]!);
  const m = mean(diffs);
  const variance = diffs.reduce((sum, d) => sum + (d - m) ** 2, 0) / (diffs.length - 1);
  return { mean: m, standardError: Math.sqrt(variance / diffs.length), median: median(diffs) };
}

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Runs `measure` and `baseline` alternately (ABAB…), so drift on a shared machine
 * hits both sides alike. Returns the samples of each.
 */
export async function interleaved(
  runs: number,
  measure: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<{ value: number[]; baseline: number[] }> {
  const value: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which side goes first, so neither always runs warm or cold.
    if (i % 2 === 0) {
      value.push(await measure());
      base.push(await baseline());
    } else {
      base.push(await baseline());
      value.push(await measure());
    }
  }
  return { value, baseline: base };
}

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

/**
 * Exact sums of fiat decimal strings ("12.50"), as the API sends amounts: digits are
 * added as integers (BigInt, scaled to the most decimals seen), never as floats, so
 * 0.10 + 0.20 is 0.30 and a day of sales adds up to the cent.
 */

/** A sum in progress: `units` of 10^-`scale`. */
export interface DecimalSum {
  units: bigint;
  scale: number;
}

export const ZERO_SUM: DecimalSum = Object.freeze({ units: 0n, scale: 0 });

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,8}))?$/;

/** `sum + amount`, or null when `amount` is not a plain non-negative decimal (nothing is guessed). */
export function addDecimal(sum: DecimalSum, amount: string): DecimalSum | null {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return null;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  const scale = Math.max(sum.scale, fraction.length);
  const addend = BigInt(whole + fraction.padEnd(scale, '0'));
  return { units: sum.units * 10n ** BigInt(scale - sum.scale) + addend, scale };
}

/** The sum as a decimal string ("45.50"), for formatFiat. */
export function sumToDecimal(sum: DecimalSum): string {
  const digits = sum.units.toString().padStart(sum.scale + 1, '0');
  if (sum.scale === 0) return digits;
  return `${digits.slice(0, -sum.scale)}.${digits.slice(-sum.scale)}`;
}

/**
 * Exact arithmetic on the API's fiat decimal strings ("12.50"): digits are scaled to
 * integers (BigInt) and never pass through floating point, so 20.00 − 8.00 is 12.00.
 */

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,8}))?$/;

interface Scaled {
  units: bigint;
  scale: number;
}

function parse(amount: string): Scaled | null {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  return { units: BigInt((match[1] ?? '0') + fraction), scale: fraction.length };
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

function format(units: bigint, scale: number): string {
  const sign = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** `a + b + …` as a decimal string, or null when any is not a plain non-negative decimal. */
export function decimalSum(...amounts: string[]): string | null {
  const parsed = amounts.map(parse);
  if (parsed.some((p) => p === null)) return null;
  const scale = Math.max(0, ...parsed.map((p) => p!.scale));
  return format(parsed.reduce((sum, p) => sum + rescale(p!, scale), 0n), scale);
}

/** `a − b` as a decimal string (negative when b is larger), or null when either is unreadable. */
export function decimalMinus(a: string, b: string): string | null {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  const scale = Math.max(x.scale, y.scale);
  return format(rescale(x, scale) - rescale(y, scale), scale);
}

/** Whether a decimal string (as returned above) is above zero. */
export function isPositive(amount: string): boolean {
  return !amount.startsWith('-') && /[1-9]/.test(amount);
}

/**
 * Reads the Amount field as a till does: "12.5", "12.50" and "12,50" are the
 * same, and "3.50+2" adds up to 5.50. Sums are done in whole cents, never in
 * floating point.
 */

/** Above this a typo is far likelier than a real sale at a counter. */
export const MAX_AMOUNT_CENTS = 100_000_000; // 1,000,000.00

export type AmountResult =
  | { ok: true; /** Decimal string for the API, always two decimals: "5.50". */ value: string; cents: number; isSum: boolean }
  | { ok: false; message: string };

const TERM = /^(\d*)(?:[.,](\d*))?$/;

export function parseAmount(input: string): AmountResult {
  const text = input.replace(/\s+/g, '');
  if (text === '') return fail('Enter an amount, e.g. 12.50.');
  if (text.startsWith('-') || /[+]-/.test(text)) return fail('The amount cannot be negative.');
  if (/e/i.test(text)) return fail('Type the amount in plain digits, e.g. 12.50.');

  const terms = text.split('+');
  const isSum = terms.length > 1;
  let cents = 0;
  for (const [index, term] of terms.entries()) {
    if (term === '') {
      return fail(index === 0 ? 'Start with a number before “+”.' : 'A number is missing after “+”.');
    }
    const parsed = termCents(term);
    if (typeof parsed === 'string') return fail(isSum ? `“${term}”: ${parsed}` : capitalize(parsed));
    cents += parsed;
    if (cents > MAX_AMOUNT_CENTS) return fail(`That is more than ${formatCents(MAX_AMOUNT_CENTS)}: check the amount.`);
  }
  if (cents === 0) return fail('The amount must be more than zero.');
  return { ok: true, value: formatCents(cents), cents, isSum };
}

/** Whole cents of one term, or the reason it is not an amount. */
function termCents(term: string): number | string {
  if ((term.match(/[.,]/g) ?? []).length > 1) {
    return 'use one decimal separator and no thousands separators, e.g. 1250.50.';
  }
  const match = TERM.exec(term);
  if (!match) return 'use digits, with “.” or “,” before the cents, e.g. 12.50.';
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return 'use digits, e.g. 12.50.';
  if (fraction.length > 2) return 'use at most two decimals (cents), e.g. 12.50.';
  // Longer than the cap's digits: refuse before Number() loses precision.
  if (whole.replace(/^0+/, '').length > 7) return `that is more than ${formatCents(MAX_AMOUNT_CENTS)}: check the amount.`;
  return Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
}

/** 550 → "5.50". */
export function formatCents(cents: number): string {
  const whole = Math.floor(cents / 100);
  return `${whole}.${String(cents % 100).padStart(2, '0')}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fail(message: string): AmountResult {
  return { ok: false, message };
}

/**
 * Reads the Amount field as a till does: "12.5", "12.50" and "12,50" are the
 * same, and "3.50+2" adds up to 5.50. Sums are done in whole cents, never in
 * floating point.
 */

import { formatFiat } from '../shared/format';
import { t } from '../shared/i18n';

/** Above this a typo is far likelier than a real sale at a counter. */
export const MAX_AMOUNT_CENTS = 100_000_000; // 1,000,000.00

export type AmountResult =
  | { ok: true; /** Decimal string for the API, always two decimals: "5.50". */ value: string; cents: number; isSum: boolean }
  | { ok: false; message: string };

const TERM = /^(\d*)(?:[.,](\d*))?$/;

export function parseAmount(input: string): AmountResult {
  const text = input.replace(/\s+/g, '');
  if (text === '') return fail(t('create_amount_empty'));
  if (text.startsWith('-') || /[+]-/.test(text)) return fail(t('create_amount_negative'));
  if (/e/i.test(text)) return fail(t('create_amount_plain_digits'));

  const terms = text.split('+');
  const isSum = terms.length > 1;
  let cents = 0;
  for (const [index, term] of terms.entries()) {
    if (term === '') {
      return fail(index === 0 ? t('create_amount_plus_first') : t('create_amount_plus_missing'));
    }
    const parsed = termCents(term);
    if (typeof parsed === 'string') return fail(isSum ? t('create_amount_in_term', term, parsed) : capitalize(parsed));
    cents += parsed;
    if (cents > MAX_AMOUNT_CENTS) return fail(capitalize(tooLarge()));
  }
  if (cents === 0) return fail(t('create_amount_not_positive'));
  return { ok: true, value: formatCents(cents), cents, isSum };
}

/** Whole cents of one term, or the reason it is not an amount. */
function termCents(term: string): number | string {
  if ((term.match(/[.,]/g) ?? []).length > 1) {
    return t('create_amount_one_separator');
  }
  const match = TERM.exec(term);
  if (!match) return t('create_amount_digits_cents');
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return t('create_amount_digits');
  if (fraction.length > 2) return t('create_amount_two_decimals');
  // Longer than the cap's digits: refuse before Number() loses precision.
  if (whole.replace(/^0+/, '').length > 7) return tooLarge();
  return Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
}

/** 550 → "5.50". */
export function formatCents(cents: number): string {
  const whole = Math.floor(cents / 100);
  return `${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** Lower case: it also follows a term ("“2000000”: that is more than…"). */
function tooLarge(): string {
  return t('create_amount_too_large', formatFiat(formatCents(MAX_AMOUNT_CENTS)));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fail(message: string): AmountResult {
  return { ok: false, message };
}

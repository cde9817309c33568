/**
 * Formatting shared by every page: money, bitcoin, times. Everything is in the UI language
 * unless a locale is given (the customer display speaks the customer's language).
 */
import { uiLocale } from './i18n';

const SATS_PER_BTC = 100_000_000;

// Building an Intl formatter resolves the locale and costs ~0.1-0.2 ms; a list draws
// two per row on every keystroke of Search, so each is built once and reused.
const formatters = new Map<string, Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.RelativeTimeFormat>(id: string, build: () => F): F {
  let formatter = formatters.get(id) as F | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(id, formatter);
  }
  return formatter;
}

export function formatFiat(amount: string, currency = 'EUR', locale = uiLocale()): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  return cached(`fiat|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(value);
}

/**
 * Satoshi → "0.00025 BTC" in English, "0,00025 BTC" in Italian: the locale's decimal mark and
 * grouping, every significant satoshi digit, never through floating point. (Payment URIs and QR
 * codes keep the wire format; they never come through here.)
 */
export function formatBtc(sats: number, locale = uiLocale()): string {
  const sign = sats < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(sats));
  const numbers = cached(`number|${locale}`, () => new Intl.NumberFormat(locale));
  const whole = numbers.format(Math.floor(abs / SATS_PER_BTC));
  const fraction = String(abs % SATS_PER_BTC).padStart(8, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `${decimalMark(locale)}${fraction}` : ''} BTC`;
}

const decimalMarks = new Map<string, string>();

/** The locale's decimal mark: "." in English, "," in Italian. */
export function decimalMark(locale = uiLocale()): string {
  let mark = decimalMarks.get(locale);
  if (mark === undefined) {
    mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    decimalMarks.set(locale, mark);
  }
  return mark;
}

export function formatRelative(then: number, now = Date.now(), locale = uiLocale()): string {
  const seconds = Math.round((now - then) / 1000);
  const abs = Math.abs(seconds);
  const rtf = cached(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (abs < 60) return rtf.format(-seconds, 'second');
  if (abs < 3600) return rtf.format(-Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(-Math.round(seconds / 3600), 'hour');
  return rtf.format(-Math.round(seconds / 86_400), 'day');
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(uiLocale());
}

/** A plain count or size ("1.234" in Italian). */
export function formatNumber(value: number, locale = uiLocale()): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A clock time ("14:05:09") from epoch ms or an ISO string. */
export function formatTime(when: number | string): string {
  const date = new Date(when);
  return Number.isNaN(date.getTime()) ? String(when) : date.toLocaleTimeString(uiLocale(), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

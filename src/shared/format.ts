/** Formatting shared by every page: money, bitcoin, times. */

const SATS_PER_BTC = 100_000_000;

// Building an Intl formatter resolves the locale and costs ~0.1-0.2 ms; a list draws
// two per row on every keystroke of Search, so each is built once and reused.
const fiatFormats = new Map<string, Intl.NumberFormat>();
let relativeFormat: Intl.RelativeTimeFormat | undefined;

export function formatFiat(amount: string, currency = 'EUR'): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  let format = fiatFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    fiatFormats.set(currency, format);
  }
  return format.format(value);
}

/** Satoshi → "0.00025 BTC", never in floating point. */
export function formatBtc(sats: number): string {
  const sign = sats < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(sats));
  const whole = Math.floor(abs / SATS_PER_BTC);
  const fraction = String(abs % SATS_PER_BTC).padStart(8, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''} BTC`;
}

export function formatRelative(then: number, now = Date.now()): string {
  const seconds = Math.round((now - then) / 1000);
  const abs = Math.abs(seconds);
  const rtf = (relativeFormat ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));
  if (abs < 60) return rtf.format(-seconds, 'second');
  if (abs < 3600) return rtf.format(-Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(-Math.round(seconds / 3600), 'hour');
  return rtf.format(-Math.round(seconds / 86_400), 'day');
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

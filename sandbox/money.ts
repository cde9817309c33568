// Fiat is kept as integer euro cents and bitcoin as integer satoshi, so no float ever reaches the wire.

/** The fixed demo rate: 1 BTC = 40 000.00 EUR (10.00 EUR = 25 000 sat). */
export const DEMO_RATE_EUR_CENTS = 4_000_000;
export const DEMO_RATE_VALUE = '40000.00';
export const RATE_SOURCE = 'sandbox-fixed-rate';
const SAT_PER_BTC = 100_000_000;

export const FIAT_AMOUNT_PATTERN = /^\d{1,8}(\.\d{1,2})?$/;

/** "10.5" → 1050. Assumes FIAT_AMOUNT_PATTERN already matched. */
export function parseFiatCents(amount: string): number {
  const [whole = '0', frac = ''] = amount.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

export function formatFiat(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function fiatToSats(cents: number): number {
  return Math.round((cents * SAT_PER_BTC) / DEMO_RATE_EUR_CENTS);
}

export function satsToFiatCents(sats: number): number {
  return Math.round((sats * DEMO_RATE_EUR_CENTS) / SAT_PER_BTC);
}

/** 25000 → "0.00025" (BIP21 amounts are BTC decimals without trailing zeros). */
export function formatBtc(sats: number): string {
  const whole = Math.floor(sats / SAT_PER_BTC);
  const frac = String(sats % SAT_PER_BTC).padStart(8, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** Addresses of the full pages the popup opens in a tab. */
import browser from 'webextension-polyfill';

export const DAY_PAGE = 'src/day/index.html';
export const RECEIPT_PAGE = 'src/receipt/index.html';

/** The close of day; with a date ("2026-12-06"), the page adds that day up at once. */
export function dayPageUrl(date?: string): string {
  const page = browser.runtime.getURL(DAY_PAGE);
  return date === undefined ? page : `${page}?date=${encodeURIComponent(date)}`;
}

export function receiptPageUrl(uuid: string): string {
  return `${browser.runtime.getURL(RECEIPT_PAGE)}?uuid=${encodeURIComponent(uuid)}`;
}

/** Addresses of the full pages the popup opens in a tab. */
import browser from 'webextension-polyfill';

export const DAY_PAGE = 'src/day/index.html';
export const RECEIPT_PAGE = 'src/receipt/index.html';

export function dayPageUrl(): string {
  return browser.runtime.getURL(DAY_PAGE);
}

export function receiptPageUrl(uuid: string): string {
  return `${browser.runtime.getURL(RECEIPT_PAGE)}?uuid=${encodeURIComponent(uuid)}`;
}

/**
 * The customer display's window: the popup opens it (or brings the open one to the front),
 * and the display tells where it is and remembers the size the merchant gives it.
 */
import browser from 'webextension-polyfill';
import { readSize, SIZE_KEY } from '../shared/window-size';

export const CUSTOMER_PAGE = 'src/customer/customer.html';

declare global {
  interface Window {
    /** Set by the customer display page: the browser window it is in. */
    customerDisplayWindowId?: number;
    /** Set by the customer display page: shows a receipt's plain text as a QR code until the sale changes. */
    customerReceipt?: (text: string) => void;
  }
}

function displayViews(): Window[] {
  const path = `/${CUSTOMER_PAGE}`;
  return browser.extension.getViews({ type: 'tab' }).filter((view) => view.location.pathname === path);
}

/** The window of an open customer display, if one is open. */
function openDisplayWindow(): number | undefined {
  return displayViews().find((view) => view.customerDisplayWindowId !== undefined)?.customerDisplayWindowId;
}

/**
 * "Receipt on the customer display": opens (or focuses) the display and hands it the receipt's
 * text to show as a QR code. Resolves false when no display took it within a few seconds.
 */
export async function showReceiptToCustomer(text: string, waitMs = 5_000): Promise<boolean> {
  await showToCustomer();
  const until = Date.now() + waitMs;
  for (;;) {
    const show = displayViews().find((view) => typeof view.customerReceipt === 'function')?.customerReceipt;
    if (show) {
      show(text);
      return true;
    }
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Firefox for Android has no windows API: the display opens in a tab there. */
function windowsApi(): typeof browser.windows | undefined {
  return (browser as { windows?: typeof browser.windows }).windows;
}

/** Opens the customer display, or focuses the one already open (never a second); what it shows is the sale at the counter (src/messaging/show-on-display.ts). */
export async function showToCustomer(): Promise<void> {
  const url = browser.runtime.getURL(CUSTOMER_PAGE);
  const windows = windowsApi();
  if (!windows) {
    await browser.tabs.create({ url });
    return;
  }
  const open = openDisplayWindow();
  if (open !== undefined) {
    try {
      await windows.update(open, { focused: true, drawAttention: true });
      return;
    } catch {
      // Closed in the meantime: open a new one.
    }
  }
  const { width, height } = readSize(localStorage.getItem(SIZE_KEY));
  await windows.create({ url, type: 'popup', width, height });
}

/** Called by the display: tells the popup which window it is in, and remembers its size. */
export function announceDisplayWindow(): void {
  void windowsApi()?.getCurrent().then(
    (current) => {
      window.customerDisplayWindowId = current.id;
    },
    () => undefined,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(() => localStorage.setItem(SIZE_KEY, JSON.stringify({ width: window.outerWidth, height: window.outerHeight })), 500);
  });
}

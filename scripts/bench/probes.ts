/**
 * In-page probes: functions run inside extension pages (through Playwright's
 * addInitScript / evaluate), timing with the page's own `performance.now()`, so no
 * automation round trip is ever inside a measured interval.
 *
 * "Visible" means, unless said otherwise: the frame that shows the change has been
 * produced — requestAnimationFrame after the DOM change, then one message-channel hop,
 * which lands after that frame's style, layout and paint (and after any task the page
 * queued before the hop). Figure 1 takes the browser's own paint time instead
 * (Element Timing), for the popup and its baseline alike.
 */

/** Selector of the popup's order rows (the list is labelled; see src/popup/views/OrdersView.tsx). */
export const ROW_SELECTOR = 'ul[aria-label="Recent orders, newest first"] > li';

/** Figure 1's two stamps of one page load, in ms since navigation start. */
export interface PaintStamps {
  /** When the frame that first painted the timed element was presented (Element Timing). */
  t: number;
  /** The rAF + message-hop stamp after the timed element was added (see above). */
  frameAfter: number;
}

export interface ListVisible extends PaintStamps {
  rows: number;
  status: string | null;
}

/** Element Timing identifier the probes give the element whose paint they time. */
export const TIMED_ELEMENT = 'bench-timed';

/**
 * Init script for the popup: the popup opens on "New order", so the moment the Orders
 * tab exists it is clicked (in-page, no automation delay). The first order row, the
 * moment it is in the DOM (before any frame shows it), gets an `elementtiming`
 * attribute on itself and everything in it, and the browser's own Element Timing entry
 * gives the presentation time of the frame that first painted it. The rAF + message-hop
 * stamp is kept beside it: it also counts whatever tasks the page queued before the hop.
 * Both land in `window.__benchVisible`.
 */
export function popupListProbe([rowSelector, timedId]: [string, string]): void {
  let clicked = false;
  let found: Omit<ListVisible, keyof PaintStamps> | null = null;
  let frameAfter: number | null = null;
  let painted: number | null = null;
  const publish = () => {
    if (found && frameAfter !== null && painted !== null) {
      (window as unknown as { __benchVisible: ListVisible }).__benchVisible = { ...found, t: painted, frameAfter };
    }
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const timed = entry as PerformanceEntry & { identifier: string; renderTime: number };
      if (painted === null && timed.identifier === timedId && timed.renderTime > 0) painted = timed.renderTime;
    }
    publish();
  }).observe({ type: 'element', buffered: true });
  const observer = new MutationObserver(() => {
    if (!clicked) {
      const tab = document.getElementById('tab-orders');
      if (tab) {
        clicked = true;
        tab.click();
      }
    }
    const row = found ? null : document.querySelector(rowSelector);
    if (!row) return;
    observer.disconnect();
    for (const element of [row, ...row.querySelectorAll('*')]) element.setAttribute('elementtiming', timedId);
    found = { rows: document.querySelectorAll(rowSelector).length, status: document.getElementById('orders-count')?.textContent ?? null };
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        frameAfter = performance.now();
        publish();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

export interface KeystrokeSample {
  key: string;
  /** keydown's timeStamp: when the browser created the event. */
  event: number;
  /** First DOM mutation under the observed root after the key (null: nothing changed). */
  mutation: number | null;
  /** The frame after the key's handlers and render ran (see above). */
  frame: number;
  /** The key edited the input (an `input` event fired); false for e.g. Control+A. */
  edit: boolean;
  rows: number;
  status: string | null;
}

/**
 * Installs a keystroke probe on a page: each keydown on `inputSelector` yields one sample
 * in `window.__benchKeys`: keydown → (DOM mutation under `rootSelector`) → next frame.
 * The frame is taken after the `input` event, whose handler renders synchronously
 * (Preact renders in a microtask), so any DOM update is in that frame.
 */
export function installKeystrokeProbe([inputSelector, rootSelector, rowSelector]: [string, string, string]): void {
  const w = window as unknown as { __benchKeys: KeystrokeSample[] };
  w.__benchKeys = [];
  const input = document.querySelector(inputSelector);
  const root = document.querySelector(rootSelector);
  if (!input || !root) throw new Error(`probe: ${inputSelector} or ${rootSelector} not found`);
  let current: { key: string; event: number; mutation: number | null } | null = null;
  new MutationObserver(() => {
    if (current && current.mutation === null) current.mutation = performance.now();
  }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  input.addEventListener(
    'keydown',
    (e) => {
      current = { key: (e as KeyboardEvent).key, event: e.timeStamp, mutation: null };
    },
    { capture: true },
  );
  const finish = (edit: boolean) => {
    const sample = current;
    if (!sample) return;
    current = null;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        w.__benchKeys.push({
          ...sample,
          frame: performance.now(),
          edit,
          rows: document.querySelectorAll(rowSelector).length,
          status: document.getElementById('orders-count')?.textContent ?? null,
        });
      };
      channel.port2.postMessage(null);
    });
  };
  // After the input handlers (bubble phase on the window runs after the input's own).
  window.addEventListener('input', () => queueMicrotask(() => finish(true)));
  // Keys that change nothing (no input event) still end their sample.
  window.addEventListener('keyup', () => finish(false));
}

/**
 * Init script for the popup's create form: the Enter keydown on Amount is stamped, and
 * the first frame showing the payment QR (`svg[aria-label="Payment QR code"]`) after
 * it is stamped into `window.__benchQr` (ms from the Enter keydown).
 */
export function enterToQrProbe(qrSelector: string): void {
  let enter: number | null = null;
  let done = false;
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter' && enter === null) enter = e.timeStamp;
    },
    { capture: true },
  );
  const observer = new MutationObserver(() => {
    if (done || enter === null || !document.querySelector(qrSelector)) return;
    done = true;
    observer.disconnect();
    const start = enter;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        (window as unknown as { __benchQr: number }).__benchQr = performance.now() - start;
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Init script for the popup's order view: the first frame showing a heading that reads
 * `word` ("Paid") is stamped into `window.__benchPaidAt`, in epoch ms
 * (`performance.timeOrigin + performance.now()`), so it compares with the bench's own
 * `Date.now()` taken when it made the payment (same machine, same clock).
 */
export function paidHeadingProbe(word: string): void {
  let done = false;
  const shown = () => [...document.querySelectorAll('h1, h2, h3, h4, [role="heading"]')].some((h) => h.textContent?.trim() === word);
  const observer = new MutationObserver(() => {
    if (done || !shown()) return;
    done = true;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        (window as unknown as { __benchPaidAt: number }).__benchPaidAt = performance.timeOrigin + performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

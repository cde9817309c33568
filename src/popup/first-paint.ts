/**
 * When the popup's first frame with content is on screen. Work that can wait a
 * frame (re-reading what a snapshot already drew, asking the API for fresh rows)
 * waits for this, so it does not compete for the CPU with that first frame:
 * the worker, the browser and the popup share two cores on a small machine.
 */

/** If the browser never reports the paint (a page that stays hidden, say), go on after this. */
const AT_MOST_MS = 300;

let painted: Promise<void> | null = null;
let presented = false;

/** Whether the first paint has been presented (or given up on), as `afterFirstPaint` resolves. */
export function firstPaintPresented(): boolean {
  return presented;
}

/** Resolves once the first contentful paint has been presented, or at once if it already was. */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes.includes('paint')) {
      presented = true;
      resolve();
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = setTimeout(done, AT_MOST_MS);
    function done(): void {
      clearTimeout(timer);
      observer.disconnect();
      presented = true;
      resolve();
    }
    observer.observe({ type: 'paint', buffered: true });
  });
  return painted;
}

/** Resolves once the frame showing the latest render has been painted. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * How long after the first paint the glance's refresh waits: a cashier who opens the popup
 * types the amount and presses Enter at once, and that create should not share the worker and
 * the two cores with reading and storing a fresh page of the list.
 */
const SETTLE_MS = 300;

/** The first paint, then a moment for the cashier's first keys. */
export function afterSettling(): Promise<void> {
  return afterFirstPaint().then(() => new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS)));
}

/**
 * The popup's views that are not needed for its first frame, each a chunk of its own.
 * They are fetched right after that frame (`preloadParts`), so a view opened later — the
 * order view with its QR code after Enter — is drawn without waiting for a fetch.
 */
import { afterFirstPaint } from '../first-paint';
import { lazyPart } from './lazy-part';

export const orderView = lazyPart('order-view', () =>
  import('../views/OrderView').then((m) => {
    whenIdle(m.warmUpQr);
    return m.OrderView;
  }),
);

const PARTS = [orderView];

/** If the page never becomes idle after its first paint, the parts are fetched after this anyway. */
const IDLE_AT_MOST_MS = 150;

function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: IDLE_AT_MOST_MS });
  else setTimeout(work, 0);
}

/** Fetches every part once the first frame is on screen and the page is idle; at the latest, at the first input. */
export function preloadParts(): void {
  const loadAll = () => {
    removeEventListener('input', loadAll, true);
    for (const part of PARTS) void part.load().catch(() => undefined);
  };
  // A cashier who types before the page was idle is about to press Enter: fetch now.
  addEventListener('input', loadAll, true);
  void afterFirstPaint().then(() => whenIdle(loadAll));
}

/** Rows drawn at once; the rest of the loaded ones come with "Show more". */
export const PAGE_ROWS = 50;
/** Rows asked of the worker for the first paint: exactly what is drawn. */
export const FIRST_PAINT_ROWS = PAGE_ROWS;

/** No order row is shorter than this, in CSS pixels, at any zoom (one is about 4.15em, 58 px at 100%). */
const MIN_ROW_PX = 56;
/** Header, tabs and the list's controls stand above its first row: at least this many CSS pixels. */
const ABOVE_LIST_PX = 200;

/**
 * Rows the list's first frame draws: those that can be on screen in a page this tall
 * (`innerHeight`, in CSS pixels, grows as the page is zoomed out), at least 5 and at most
 * `PAGE_ROWS`. The rest are drawn a frame later (bench figure 1).
 */
export function firstFrameRows(viewportHeight: number): number {
  return Math.min(PAGE_ROWS, Math.max(5, Math.ceil((viewportHeight - ABOVE_LIST_PX) / MIN_ROW_PX)));
}

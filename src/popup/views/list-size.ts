/** Rows drawn at once; the rest of the loaded ones come with "Show more". */
export const PAGE_ROWS = 50;
/** Rows asked of the worker for the first paint: exactly what is drawn. */
export const FIRST_PAINT_ROWS = PAGE_ROWS;

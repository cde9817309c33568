import { describe, expect, it } from 'vitest';
import { firstFrameRows, PAGE_ROWS } from './list-size';

describe('firstFrameRows', () => {
  it('draws what a 600 px popup can show, not the whole page of rows', () => {
    expect(firstFrameRows(600)).toBe(8);
  });

  it('draws more in a taller page (a side panel, a zoomed-out popup), never more than a page', () => {
    expect(firstFrameRows(1200)).toBe(18);
    expect(firstFrameRows(100_000)).toBe(PAGE_ROWS);
  });

  it('draws at least five rows however short the page', () => {
    expect(firstFrameRows(0)).toBe(5);
    expect(firstFrameRows(300)).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, readSize } from './window-size';

describe('readSize', () => {
  it('uses the size the merchant left the window at', () => {
    expect(readSize(JSON.stringify({ width: 1024, height: 768 }))).toEqual({ width: 1024, height: 768 });
  });

  it('falls back to 800×600 for nothing, junk, or a window too small or too large to be a display', () => {
    for (const stored of [null, '', 'nope', '{"width":"800"}', '{"width":100,"height":600}', '{"width":800,"height":99999}', '{"width":800.5,"height":600}', 'null']) {
      expect(readSize(stored)).toEqual(DEFAULT_SIZE);
    }
  });
});

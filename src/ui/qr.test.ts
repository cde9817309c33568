import { describe, expect, it } from 'vitest';
import { qrPath } from './QrCode';

describe('qrPath', () => {
  it('draws one rectangle per run of dark modules, offset by the quiet zone', () => {
    expect(qrPath([[true, true, false, true]])).toBe('M4 4h2v1h-2zM7 4h1v1h-1z');
    expect(qrPath([[false], [true]])).toBe('M4 5h1v1h-1z');
    expect(qrPath([[false, false]])).toBe('');
  });
});

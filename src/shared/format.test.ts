import { describe, expect, it } from 'vitest';
import { formatBtc, formatRelative } from './format';

describe('formatBtc', () => {
  it.each([
    [25000, '0.00025 BTC'],
    [100_000_000, '1 BTC'],
    [123_456_789, '1.23456789 BTC'],
    [0, '0 BTC'],
    [1, '0.00000001 BTC'],
  ])('%d sats → %s', (sats, text) => expect(formatBtc(sats, 'en')).toBe(text));

  it.each([
    [31_250, '0,0003125 BTC'],
    [123_456_789, '1,23456789 BTC'],
    [100_000_000, '1 BTC'],
    [2_100_000_000_000, '21.000 BTC'],
    [-1, '-0,00000001 BTC'],
  ])('in Italian, %d sats → %s', (sats, text) => expect(formatBtc(sats, 'it')).toBe(text));

  it('groups whole bitcoins the way each language does, and keeps every satoshi', () => {
    expect(formatBtc(2_100_000_000_001, 'en')).toBe('21,000.00000001 BTC');
    expect(formatBtc(2_100_000_000_001, 'it')).toBe('21.000,00000001 BTC');
  });
});

describe('formatRelative', () => {
  it('speaks in the largest fitting unit', () => {
    const now = Date.UTC(2026, 10, 26, 12);
    expect(formatRelative(now - 5_000, now)).toMatch(/5 seconds ago/);
    expect(formatRelative(now - 3 * 60_000, now)).toMatch(/3 minutes ago/);
    expect(formatRelative(now - 2 * 86_400_000, now)).toMatch(/2 days ago/);
  });
});

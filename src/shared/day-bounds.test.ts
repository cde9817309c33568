import { describe, expect, it } from 'vitest';
import { dayBounds, inDay, localDay, onOurClock, todayIso } from './day-bounds';

describe('localDay', () => {
  it('runs from one local midnight to the next, around the given time', () => {
    for (const iso of ['2026-11-29T00:00:00', '2026-11-29T12:34:56', '2026-11-29T23:59:59.999', '2026-03-29T12:00:00', '2026-10-25T12:00:00']) {
      const now = new Date(iso).getTime(); // local time: whatever zone the tests run in
      const { start, end } = localDay(now);
      expect(start).toBeLessThanOrEqual(now);
      expect(end).toBeGreaterThan(now);
      for (const bound of [new Date(start), new Date(end)]) {
        expect([bound.getHours(), bound.getMinutes(), bound.getSeconds(), bound.getMilliseconds()]).toEqual([0, 0, 0, 0]);
      }
      expect(new Date(end - 1).getDate()).toBe(new Date(now).getDate());
      expect([23, 24, 25]).toContain((end - start) / 3_600_000);
    }
  });
});

describe('dayBounds', () => {
  it('is the same local day as localDay for a date typed in the picker', () => {
    const now = new Date('2026-12-06T15:00:00').getTime();
    expect(dayBounds(todayIso(new Date(now)))).toEqual(localDay(now));
    expect(dayBounds('6/12/2026')).toBeNull();
  });
});

describe('onOurClock', () => {
  it('puts a server time on this computer’s clock: a server 10 minutes ahead dates an order 10 minutes later than ours', () => {
    const tenMinutes = 600_000;
    expect(onOurClock('2026-12-07T00:05:00Z', tenMinutes)).toBe(Date.parse('2026-12-06T23:55:00Z'));
    expect(onOurClock('not a date', 0)).toBeNaN();
  });

  it('counts an order in the day by our clock, not by the server’s date', () => {
    const day = { start: Date.parse('2026-12-06T00:00:00Z'), end: Date.parse('2026-12-07T00:00:00Z') };
    // Made at 23:55 on our clock; the server, 10 minutes ahead, dates it 00:05 of the next day.
    expect(inDay('2026-12-07T00:05:00Z', 600_000, day)).toBe(true);
    expect(inDay('2026-12-06T00:05:00Z', 600_000, day)).toBe(false);
    expect(inDay('not a date', 0, day)).toBe(false);
  });
});

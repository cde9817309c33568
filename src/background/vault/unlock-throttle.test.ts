import { describe, expect, it } from 'vitest';
import { FREE_TRIES, MAX_WAIT_MS, UnlockThrottle, waitAfter, type ThrottleState } from './unlock-throttle';

function throttle() {
  let state: ThrottleState | undefined;
  let now = 1_000_000;
  const t = new UnlockThrottle({ load: async () => state, save: async (s) => void (state = s ?? undefined) }, () => now);
  return { t, advance: (ms: number) => void (now += ms), state: () => state };
}

describe('wrong passphrases are rate-limited', () => {
  it('lets three tries through, then doubles the wait up to five minutes', () => {
    expect(FREE_TRIES).toBe(3);
    expect([0, 1, 2].map(waitAfter)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(waitAfter)).toEqual([1000, 2000, 4000, 8000]);
    expect(waitAfter(40)).toBe(MAX_WAIT_MS);
  });

  it('makes the next try wait after repeated failures, and forgets them after a success', async () => {
    const { t, advance, state } = throttle();
    for (let i = 0; i < 3; i++) await t.failed();
    expect(await t.waitMs()).toBe(1000);
    advance(999);
    expect(await t.waitMs()).toBe(1);
    advance(1);
    expect(await t.waitMs()).toBe(0);
    expect(await t.failed()).toBe(2000);
    expect(await t.waitMs()).toBe(2000);
    await t.succeeded();
    expect(state()).toBeUndefined();
    expect(await t.waitMs()).toBe(0);
  });
});

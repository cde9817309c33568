import { describe, expect, it } from 'vitest';
import { FREE_TRIES, MAX_WAIT_MS, UnlockThrottle, waitAfter, type ThrottleState, type TryOutcome } from './unlock-throttle';

function throttle() {
  let state: ThrottleState | undefined;
  let now = 1_000_000;
  // Storage answers after a turn of the event loop, as chrome.storage does.
  const later = () => new Promise((resolve) => setTimeout(resolve, 0));
  const t = new UnlockThrottle(
    { load: async () => (await later(), state), save: async (s) => (await later(), void (state = s ?? undefined)) },
    () => now,
  );
  return { t, advance: (ms: number) => void (now += ms), state: () => state };
}

/** A slow check (as PBKDF2 is) that counts how often it ran; right only for `right`. */
function slowCheck(right: string) {
  let checks = 0;
  const check = (guess: string) => async () => {
    checks += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return guess === right ? guess : null;
  };
  return { check, checks: () => checks };
}

const kinds = (outcomes: TryOutcome<unknown>[]) => outcomes.map((o) => o.kind);

describe('the wrong-try throttle', () => {
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

  it('checks at most three of 30 guesses sent at once, and refuses the right one among them while the wait lasts', async () => {
    const { t, state } = throttle();
    const { check, checks } = slowCheck('right');
    const guesses = [...Array.from({ length: 29 }, (_, i) => `wrong-${i}`), 'right'];
    const outcomes = await Promise.all(guesses.map((guess) => t.attempt(check(guess))));
    expect(checks()).toBe(3);
    expect(kinds(outcomes)).toEqual([...Array<string>(3).fill('wrong'), ...Array<string>(27).fill('throttled')]);
    expect(outcomes[2]).toEqual({ kind: 'wrong', waitMs: 1000 });
    expect(outcomes[29]).toEqual({ kind: 'throttled', waitMs: 1000 });
    expect(state()).toMatchObject({ failures: 3 });
  });

  it('checks the right guess once the wait is over, and starts the count again', async () => {
    const { t, advance, state } = throttle();
    const { check, checks } = slowCheck('right');
    await Promise.all(['a', 'b', 'c', 'd'].map((guess) => t.attempt(check(guess))));
    advance(1000);
    expect(await t.attempt(check('right'))).toEqual({ kind: 'passed', value: 'right' });
    expect(checks()).toBe(4);
    expect(state()).toBeUndefined();
    expect(kinds(await Promise.all(['e', 'f', 'g'].map((guess) => t.attempt(check(guess)))))).toEqual(['wrong', 'wrong', 'wrong']);
  });

  it('lets the next try run after a check that failed to run, without counting it', async () => {
    const { t, state } = throttle();
    const broken = t.attempt(async () => Promise.reject(new Error('storage gone')));
    const next = t.attempt(async () => null);
    await expect(broken).rejects.toThrow('storage gone');
    expect(await next).toEqual({ kind: 'wrong', waitMs: 0 });
    expect(state()).toMatchObject({ failures: 1 });
  });
});

/**
 * The one wrong-try throttle of the till, for passphrases and manager PINs alike: three
 * tries are free, then each further try waits twice as long as the one before (1 s, 2 s,
 * 4 s … at most 5 minutes). The count is kept in `storage.local`, so restarting the browser
 * does not reset it; a right answer does.
 *
 * Tries run one at a time (`attempt`): the wait is read, the slow check made and its outcome
 * recorded before the next try starts, so guesses sent all at once cannot all be checked
 * against a count that none of them has raised yet.
 */
export const FREE_TRIES = 3;
export const MAX_WAIT_MS = 5 * 60_000;

export interface ThrottleState {
  failures: number;
  lastFailureAt: number;
}

export interface ThrottleArea {
  load(): Promise<ThrottleState | undefined>;
  save(state: ThrottleState | null): Promise<void>;
}

/** How a try ended: passed (with what the check gave), wrong (and the wait now due), or refused unchecked. */
export type TryOutcome<T> = { kind: 'passed'; value: T } | { kind: 'wrong'; waitMs: number } | { kind: 'throttled'; waitMs: number };

/** Ms to wait after `failures` wrong tries before the next one. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - FREE_TRIES));
}

export class UnlockThrottle {
  readonly #area: ThrottleArea;
  readonly #now: () => number;
  /** The end of the queue of tries: each starts when the one before has been recorded. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(area: ThrottleArea, now: () => number = Date.now) {
    this.#area = area;
    this.#now = now;
  }

  /**
   * One try, after every earlier one has finished: refused unchecked while a wait is due;
   * otherwise `check` runs (null means wrong) and the outcome is recorded before the next try.
   */
  attempt<T>(check: () => Promise<T | null>): Promise<TryOutcome<T>> {
    const run = this.#queue.then(async (): Promise<TryOutcome<T>> => {
      const wait = await this.waitMs();
      if (wait > 0) return { kind: 'throttled', waitMs: wait };
      const value = await check();
      if (value === null) return { kind: 'wrong', waitMs: await this.failed() };
      await this.succeeded();
      return { kind: 'passed', value };
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Ms until another try is allowed (0: now). */
  async waitMs(): Promise<number> {
    const state = await this.#area.load();
    if (!state) return 0;
    return Math.max(0, state.lastFailureAt + waitAfter(state.failures) - this.#now());
  }

  /** Records a wrong try; the wait it makes due. Outside `attempt` only for tests and tools. */
  async failed(): Promise<number> {
    const state = (await this.#area.load()) ?? { failures: 0, lastFailureAt: 0 };
    const next = { failures: state.failures + 1, lastFailureAt: this.#now() };
    await this.#area.save(next);
    return waitAfter(next.failures);
  }

  async succeeded(): Promise<void> {
    await this.#area.save(null);
  }
}

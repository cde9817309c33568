/**
 * Wrong passphrases are rate-limited: three tries are free, then each further
 * try waits twice as long as the one before (1 s, 2 s, 4 s … at most 5 minutes).
 * The count is kept in `storage.local`, so restarting the browser does not reset it;
 * a right passphrase does.
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

/** Ms to wait after `failures` wrong tries before the next one. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - FREE_TRIES));
}

export class UnlockThrottle {
  readonly #area: ThrottleArea;
  readonly #now: () => number;

  constructor(area: ThrottleArea, now: () => number = Date.now) {
    this.#area = area;
    this.#now = now;
  }

  /** Ms until another try is allowed (0: now). */
  async waitMs(): Promise<number> {
    const state = await this.#area.load();
    if (!state) return 0;
    return Math.max(0, state.lastFailureAt + waitAfter(state.failures) - this.#now());
  }

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

/**
 * Settles unsure create attempts in the worker: once a create could not tell whether
 * WebPOS made its order, the worker looks again every few seconds (`OrderCreator.check`,
 * which never sends a create) until the answer is certain, and pushes the verdict to
 * open pages. It goes on with the popup closed; a popup opened later (or connected again
 * after the worker was stopped) asks for the attempt to be followed and gets the verdict.
 */
import type { PaymentOrderCreation } from '../../sdk';
import type { CreateCheck, CreatedOrder } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import type { AttemptPush } from '../../messaging/updates';

/** Error codes that leave an attempt unsure: look again. */
export const STILL_UNSURE = new Set(['create_uncertain', 'timeout', 'connection']);
export const RECHECK_MS = 3000;

export interface AttemptCreator {
  create(order: PaymentOrderCreation, attemptId: string): Promise<CreatedOrder>;
  check(attemptId: string): Promise<CreateCheck>;
}

export interface AttemptWatchDeps {
  check: (attemptId: string) => Promise<CreateCheck>;
  toWireError: (error: unknown) => WireError;
  push: (verdict: AttemptPush) => void;
  everyMs?: number;
}

export class AttemptWatch {
  readonly #deps: AttemptWatchDeps;
  readonly #following = new Set<string>();

  constructor(deps: AttemptWatchDeps) {
    this.#deps = deps;
  }

  get following(): readonly string[] {
    return [...this.#following];
  }

  /**
   * Looks again until certain (once per attempt, however often asked). `now`: the first look
   * at once, for a page that names the attempt (a worker just woken may be stopped again soon).
   */
  follow(attemptId: string, options: { now?: boolean } = {}): void {
    if (this.#following.has(attemptId)) return;
    this.#following.add(attemptId);
    void this.#loop(attemptId, options.now === true);
  }

  /** A creator whose unsure creates are followed from then on. */
  wrap(creator: AttemptCreator): AttemptCreator {
    return {
      create: async (order, attemptId) => {
        try {
          return await creator.create(order, attemptId);
        } catch (error) {
          if (STILL_UNSURE.has(this.#deps.toWireError(error).code)) this.follow(attemptId);
          throw error;
        }
      },
      check: (attemptId) => creator.check(attemptId),
    };
  }

  async #loop(attemptId: string, now: boolean): Promise<void> {
    for (let first = true; ; first = false) {
      if (!(first && now)) await new Promise((resolve) => setTimeout(resolve, this.#deps.everyMs ?? RECHECK_MS));
      let outcome: AttemptPush['outcome'];
      try {
        outcome = await this.#deps.check(attemptId);
      } catch (error) {
        const wire = this.#deps.toWireError(error);
        if (STILL_UNSURE.has(wire.code)) continue;
        outcome = { state: 'error', error: wire };
      }
      this.#following.delete(attemptId);
      this.#deps.push({ type: 'attempt', attemptId, outcome });
      return;
    }
  }
}

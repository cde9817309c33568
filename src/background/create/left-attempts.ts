/**
 * Create attempts a stopped worker left behind. The outbox marks an attempt `sending`
 * before its create goes out; a worker stopped before the answer was recorded (Chrome's
 * idle stop, an extension reload, a crash) leaves it so, although WebPOS may have made
 * the order. When the worker starts again it looks once for each such attempt of the
 * last 15 minutes, with the same proven-ownership rule as any unsure create
 * (`OrderCreator.check`: adopts only an order carrying the attempt's sale code, never
 * sends a create), at most one request per second. A page that checks the same attempt
 * meanwhile joins that look, so only one of them acts.
 */
import type { CreateCheck } from '../../messaging/protocol';
import type { ApiRunner } from '../platform/api-runner';
import { pacedRunner, realSleep, REQUEST_GAP_MS } from '../platform/paced-runner';
import type { OutboxEntry } from './outbox-store';

/** Attempts started longer ago than this are left to the page that shows them. */
export const LEFT_ATTEMPTS_WINDOW_MS = 15 * 60_000;

export interface LeftAttemptsDeps {
  outbox: { all(): Promise<OutboxEntry[]> };
  /** The account check every handler waits for (it empties the outbox of another account). */
  ready: () => Promise<void>;
  /** `OrderCreator.check` through `api`. */
  check: (attemptId: string, api: ApiRunner) => Promise<CreateCheck>;
  api: ApiRunner;
  /** An attempt turned out to have made its order (it is now cached as made here). */
  onMade?: (attemptId: string) => Promise<void> | void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type LeftAttemptOutcome = { attemptId: string } & ({ outcome: CreateCheck } | { error: unknown });

/**
 * Resolves the attempts left `sending` (and those recorded as made but never loaded) by
 * a worker before this one, oldest first. Attempts this worker starts itself are not its
 * business: their create is still running, and a check would only wait for it.
 */
export function leftAttemptsResolver(deps: LeftAttemptsDeps): () => Promise<LeftAttemptOutcome[]> {
  const now = deps.now ?? Date.now;
  const bootedAt = now();
  return async () => {
    await deps.ready();
    const since = bootedAt - LEFT_ATTEMPTS_WINDOW_MS;
    const left = (await deps.outbox.all())
      .filter((e) => (e.state === 'sending' || e.state === 'created') && e.startedAt >= since && e.startedAt < bootedAt)
      .sort((a, b) => a.startedAt - b.startedAt);
    const api = pacedRunner(deps.api, REQUEST_GAP_MS, now, deps.sleep ?? realSleep);
    const outcomes: LeftAttemptOutcome[] = [];
    for (const { attemptId } of left) {
      try {
        const outcome = await deps.check(attemptId, api);
        outcomes.push({ attemptId, outcome });
        if (outcome.state === 'made') await deps.onMade?.(attemptId);
      } catch (error) {
        // Still unsure (or ended, or held): the page that shows it follows it, and says so.
        outcomes.push({ attemptId, error });
      }
    }
    return outcomes;
  };
}

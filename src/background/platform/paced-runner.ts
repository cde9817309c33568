/** Background reads that go through many requests (left attempts, a day's orders) keep to the till's cap. */
import type { ApiRunner } from './api-runner';

/** The till's cap for such reads: one request per second. */
export const REQUEST_GAP_MS = 1000;

/** `api` with at least `gapMs` between the starts of two requests, in the order they were asked for. */
export function pacedRunner(api: ApiRunner, gapMs: number, now: () => number, sleep: (ms: number) => Promise<void>): ApiRunner {
  let lastStart = Number.NEGATIVE_INFINITY;
  let turn: Promise<void> = Promise.resolve();
  return (call) => {
    const mine = turn.then(async () => {
      const wait = lastStart + gapMs - now();
      if (wait > 0) await sleep(wait);
      lastStart = now();
    });
    turn = mine;
    return mine.then(() => api(call));
  };
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

import { describe, expect, it } from 'vitest';
import type { ApiRunner } from './api-runner';
import { pacedRunner } from './paced-runner';

describe('pacedRunner', () => {
  it('starts requests at least the gap apart, in order, even when one fails', async () => {
    let clock = 0;
    const started: number[] = [];
    const api: ApiRunner = async (call) => call(null as never);
    const paced = pacedRunner(api, 1000, () => clock, async (ms) => void (clock += ms));
    const run = (fail: boolean) => paced(async () => (started.push(clock), fail ? Promise.reject(new Error('x')) : clock));
    const results = await Promise.allSettled([run(false), run(true), run(false)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(started).toEqual([0, 1000, 2000]);
  });
});

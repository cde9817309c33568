import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { text } from '../../shared/local-text';
import type { CreateCheck, CreatedOrder } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import type { AttemptPush } from '../../messaging/updates';
import { AttemptWatch, RECHECK_MS } from './attempt-watch';
import { AppError } from '../platform/errors';

function setup(answers: (CreateCheck | Error)[]) {
  const checks: string[] = [];
  const pushed: AttemptPush[] = [];
  const watch = new AttemptWatch({
    check: async (attemptId) => {
      checks.push(attemptId);
      const next = answers.shift() ?? new AppError('create_uncertain', text('error_internal'));
      if (next instanceof Error) throw next;
      return next;
    },
    toWireError: (error): WireError => ({ code: error instanceof AppError ? error.code : 'internal', message: String(error), text: text('error_internal') }),
    push: (verdict) => pushed.push(verdict),
  });
  return { watch, checks, pushed };
}

const uncertain = () => new AppError('create_uncertain', text('error_create_uncertain', '#AB12CD34'));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AttemptWatch', () => {
  it('looks again every few seconds while unsure, then pushes the certain outcome once', async () => {
    const { watch, checks, pushed } = setup([uncertain(), new AppError('timeout', text('error_internal')), { state: 'not_made', saleCode: 'AB12CD34' }]);
    watch.follow('a-1');
    watch.follow('a-1'); // Asked again (a popup reopened): still one loop.
    expect(checks).toEqual([]);
    await vi.advanceTimersByTimeAsync(RECHECK_MS * 3);
    expect(checks).toEqual(['a-1', 'a-1', 'a-1']);
    expect(pushed).toEqual([{ type: 'attempt', attemptId: 'a-1', outcome: { state: 'not_made', saleCode: 'AB12CD34' } }]);
    expect(watch.following).toEqual([]);
    await vi.advanceTimersByTimeAsync(RECHECK_MS * 3);
    expect(checks).toHaveLength(3);
  });

  it('a page naming the attempt gets the first look at once', async () => {
    const { watch, checks, pushed } = setup([{ state: 'forgotten' }]);
    watch.follow('a-6', { now: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(checks).toEqual(['a-6']);
    expect(pushed).toEqual([{ type: 'attempt', attemptId: 'a-6', outcome: { state: 'forgotten' } }]);
  });

  it('a certain error (the order ended, say) is pushed as the outcome', async () => {
    const { watch, pushed } = setup([new AppError('create_ended', text('error_create_ended', '#AB12CD34'))]);
    watch.follow('a-2');
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(pushed).toEqual([{ type: 'attempt', attemptId: 'a-2', outcome: { state: 'error', error: { code: 'create_ended', message: 'AppError: The order for sale code #AB12CD34 was made but has already ended, with nothing paid. Press Create order to make a new one.', text: { key: 'error_internal' } } } }]);
  });

  it('follows a create that ends unsure, and not one that failed for certain or succeeded', async () => {
    const { watch, pushed } = setup([{ state: 'forgotten' }]);
    let createAnswer: Error | null = uncertain();
    const creator = watch.wrap({
      create: async () => {
        if (createAnswer) throw createAnswer;
        return {} as CreatedOrder;
      },
      check: async () => ({ state: 'forgotten' }),
    });
    await expect(creator.create({ amount: '5.00' }, 'a-3')).rejects.toThrow('WebPOS could not be asked whether the order for sale code #AB12CD34 was made');
    expect(watch.following).toEqual(['a-3']);
    createAnswer = new AppError('validation', text('error_bad_request'));
    await expect(creator.create({ amount: '5.00' }, 'a-4')).rejects.toThrow('The extension did not understand this request');
    createAnswer = null;
    await creator.create({ amount: '5.00' }, 'a-5');
    expect(watch.following).toEqual(['a-3']);
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(pushed.map((p) => p.attemptId)).toEqual(['a-3']);
  });
});

import { describe, expect, it } from 'vitest';
import type { CreateCheck, CreatedOrder } from '../../messaging/protocol';
import { attemptChecker, createCreateHandlers } from './handlers';

function setup(answer: CreateCheck) {
  const steps: string[] = [];
  const deps = {
    ready: async () => void steps.push('ready'),
    poller: { schedule: async () => void steps.push('schedule') },
    creator: {
      create: async () => (steps.push('create'), {} as CreatedOrder),
      check: async (attemptId: string) => (steps.push(`check ${attemptId}`), answer),
    },
  };
  return { deps, steps };
}

describe('checking an unsure attempt', () => {
  it('makes sure of the account first, and schedules polling only when the order was made', async () => {
    const made = setup({ state: 'made', created: {} as CreatedOrder });
    expect((await attemptChecker(made.deps)('a1')).state).toBe('made');
    expect(made.steps).toEqual(['ready', 'check a1', 'schedule']);

    const notMade = setup({ state: 'not_made', saleCode: 'S1' });
    expect(await attemptChecker(notMade.deps)('a2')).toEqual({ state: 'not_made', saleCode: 'S1' });
    expect(notMade.steps).toEqual(['ready', 'check a2']);
  });

  it('is what order.check answers, and order.create schedules polling after creating', async () => {
    const { deps, steps } = setup({ state: 'forgotten' });
    const handlers = createCreateHandlers(deps);
    expect(await handlers['order.check']({ attemptId: 'a3' })).toEqual({ state: 'forgotten' });
    await handlers['order.create']({ order: {} as never, attemptId: 'a4' });
    expect(steps).toEqual(['ready', 'check a3', 'ready', 'create', 'schedule']);
  });

  it('answers order.create without waiting for the poll alarm to be set (the page draws the QR meanwhile)', async () => {
    const { deps, steps } = setup({ state: 'forgotten' });
    let failed = false;
    const stuck = { schedule: () => (steps.push('schedule'), new Promise<void>(() => undefined)) };
    await createCreateHandlers({ ...deps, poller: stuck })['order.create']({ order: {} as never, attemptId: 'a5' });
    expect(steps).toEqual(['ready', 'create', 'schedule']);
    // A failure to set it is not the create's failure.
    const failing = { schedule: () => Promise.reject(new Error('alarms down')).finally(() => (failed = true)) };
    await expect(createCreateHandlers({ ...deps, poller: failing })['order.create']({ order: {} as never, attemptId: 'a6' })).resolves.toEqual({});
    await Promise.resolve();
    expect(failed).toBe(true);
  });
});

/** Creating an order (at most one per attempt id) and settling an unsure attempt. */
import type { PaymentOrderCreation } from '../../sdk';
import type { CreateCheck, CreateMessages } from '../../messaging/protocol';
import type { HandlersFor } from '../../messaging/router';
import type { Poller } from '../orders/poller';
import type { RoleTable } from '../roles/rules';
import type { AttemptCreator } from './attempt-watch';

export interface CreateHandlerDeps {
  creator: Pick<AttemptCreator, 'create' | 'check'>;
  poller: Pick<Poller, 'schedule'>;
  /** Makes sure the caches belong to the current account (once per worker life). */
  ready: () => Promise<void>;
  /** The order as it goes out: this till's tags added, or refused (see `till/handlers.ts`). */
  tag?: (order: PaymentOrderCreation) => Promise<PaymentOrderCreation>;
}

export const createRules = {
  'order.create': 'anyone',
  'order.check': 'anyone',
} satisfies RoleTable<keyof CreateMessages>;

/** Looks whether an unsure attempt made its order; a made one is watched from then on. Used by `order.check` and the attempt watch. */
export function attemptChecker(deps: CreateHandlerDeps): (attemptId: string) => Promise<CreateCheck> {
  return async (attemptId) => {
    await deps.ready();
    const checked = await deps.creator.check(attemptId);
    if (checked.state === 'made') await deps.poller.schedule();
    return checked;
  };
}

export function createCreateHandlers(deps: CreateHandlerDeps): HandlersFor<keyof CreateMessages> {
  const check = attemptChecker(deps);
  return {
    'order.create': async ({ order, attemptId }) => {
      await deps.ready();
      const sent = deps.tag ? await deps.tag(order) : order;
      const created = await deps.creator.create(sent, attemptId);
      // The poll alarm is set while the page already draws the order's QR: the answer does not wait for it.
      void deps.poller.schedule().catch(() => undefined);
      return created;
    },

    'order.check': async ({ attemptId }) => check(attemptId),
  };
}

/**
 * Order lists and single orders (cache first, network behind), cancel, and the sandbox's
 * simulations. Each handler only orchestrates: the orders service, the API and the poller do the work.
 */
import { CALLBACK_EVENTS, type CallbackEventName } from '../../sdk';
import { STATUS_FILTERS, type OrderMessages, type StatusFilter } from '../../messaging/protocol';
import type { HandlersFor } from '../../messaging/router';
import { text } from '../../shared/local-text';
import type { ApiRunner } from '../platform/api-runner';
import { AppError } from '../platform/errors';
import { checkFirst, sandboxStepRule, uuidOf, type RoleTable } from '../roles/rules';
import type { SettingsStore } from '../settings/settings-store';
import { cancelOrder } from './cancel';
import type { OrdersService } from './orders-service';
import type { Poller } from './poller';

export interface OrderHandlerDeps {
  settings: Pick<SettingsStore, 'load'>;
  api: ApiRunner;
  orders: OrdersService;
  poller: Pick<Poller, 'schedule'>;
  /** Makes sure the caches belong to the current account (once per worker life). */
  ready: () => Promise<void>;
}

export const orderRules = {
  'orders.cached': 'anyone',
  'orders.refresh': 'anyone',
  'orders.more': 'anyone',
  // A cashier exports today's orders only (created since local midnight).
  'orders.export': async (payload, next, context) => {
    const all = await next(payload);
    if (await context.isManager()) return all;
    const midnight = new Date(context.now());
    midnight.setHours(0, 0, 0, 0);
    return { orders: all.orders.filter((row) => Date.parse(row.created_at) >= midnight.getTime()), todayOnly: true };
  },
  'order.get': 'anyone',
  'order.cancel': checkFirst(async (payload, context) => {
    if (await context.isManager()) return;
    const uuid = uuidOf(payload);
    if (uuid === null || !(await context.cancellableHere(uuid))) {
      throw new AppError('manager_only', text('role_cashier_cancel'));
    }
  }),
  'order.callbacks': 'anyone',
  'order.simulate': sandboxStepRule(),
  'order.reset': sandboxStepRule(),
} satisfies RoleTable<keyof OrderMessages>;

function checkFilter(filter: unknown): StatusFilter {
  if (typeof filter === 'string' && (STATUS_FILTERS as readonly string[]).includes(filter)) return filter as StatusFilter;
  throw new AppError('validation', text('error_bad_request'), undefined, `status filter: ${JSON.stringify(filter) ?? typeof filter}`);
}

function checkLimit(limit: unknown): number | undefined {
  if (limit === undefined) return undefined;
  if (typeof limit === 'number' && Number.isInteger(limit) && limit > 0) return limit;
  throw new AppError('validation', text('error_bad_request'), undefined, `row limit: ${JSON.stringify(limit) ?? typeof limit}`);
}

export function createOrderHandlers(deps: OrderHandlerDeps): HandlersFor<keyof OrderMessages> {
  const { orders, api, poller } = deps;

  const sandboxOnly = async (): Promise<void> => {
    const s = await deps.settings.load();
    if (s.mode !== 'sandbox') {
      throw new AppError('sandbox_only', text('error_sandbox_only_simulate'),
      );
    }
  };

  return {
    'orders.cached': async ({ filter, limit }) => {
      await deps.ready();
      return orders.cached(checkFilter(filter), checkLimit(limit));
    },
    'orders.export': async ({ filter }) => {
      await deps.ready();
      return { orders: (await orders.cached(checkFilter(filter))).orders, todayOnly: false };
    },
    'orders.refresh': async ({ filter }) => {
      await deps.ready();
      return orders.refresh(checkFilter(filter));
    },
    'orders.more': async ({ filter }) => {
      await deps.ready();
      return orders.more(checkFilter(filter));
    },

    'order.get': async ({ uuid, refresh }) => {
      await deps.ready();
      return orders.get(uuid, refresh === true);
    },

    'order.cancel': async ({ uuid }) => {
      await deps.ready();
      return cancelOrder(uuid, api, orders);
    },

    'order.callbacks': async ({ uuid }) => {
      await sandboxOnly();
      const list = await api((c) => c.getCallbacks(uuid));
      const known = new Set<string>(CALLBACK_EVENTS);
      return { callbacks: list.callbacks.map((c) => c.name).filter((n): n is CallbackEventName => known.has(n)) };
    },

    'order.simulate': async ({ uuid, callback }) => {
      await sandboxOnly();
      await deps.ready();
      await api((c) => c.paymentUpdate(uuid, { callback }));
      return orders.get(uuid, true);
    },

    'order.reset': async ({ uuid }) => {
      await sandboxOnly();
      await deps.ready();
      const order = await api((c) => c.paymentReset(uuid));
      const cached = await orders.observe(order);
      await poller.schedule();
      return cached;
    },
  };
}

/** The worker's own messages: is it alive, and how is the WebPOS API. */
import type { Health, OrderRow, PlatformMessages } from '../../messaging/protocol';
import type { HandlersFor } from '../../messaging/router';
import type { RoleTable } from '../roles/rules';
import type { HealthTracker } from './health';

export interface PlatformHandlerDeps {
  version: string;
  health: Pick<HealthTracker, 'get'>;
  orders: { pendingCreated(): Promise<readonly OrderRow[]> };
  now?: () => number;
}

export const platformRules = {
  ping: 'anyone',
  'health.get': 'anyone',
} satisfies RoleTable<keyof PlatformMessages>;

export function createPlatformHandlers(deps: PlatformHandlerDeps): HandlersFor<keyof PlatformMessages> {
  return {
    ping: async () => ({ version: deps.version, now: (deps.now ?? Date.now)() }),

    'health.get': async (): Promise<Health> => {
      const [record, pending] = await Promise.all([deps.health.get(), deps.orders.pendingCreated()]);
      return { ...record, pendingCount: pending.length };
    },
  };
}

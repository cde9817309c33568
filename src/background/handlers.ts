/**
 * One named async handler per message of the protocol, joined from the feature folders
 * (each exports its handlers and, beside them, their role rules: see `roles/role-table.ts`).
 */
import type { Handlers } from '../messaging/router';
import { createCreateHandlers } from './create/handlers';
import type { AttemptCreator } from './create/attempt-watch';
import { createDayHandlers, type DayHandlerDeps } from './day/handlers';
import { createOrderHandlers } from './orders/handlers';
import type { OrderCache } from './orders/order-cache';
import type { OrdersService } from './orders/orders-service';
import type { Poller } from './orders/poller';
import type { ApiRunner } from './platform/api-runner';
import type { ClientProvider, PermissionCheck } from './platform/client-provider';
import { createPlatformHandlers } from './platform/handlers';
import type { HealthTracker } from './platform/health';
import type { createRoleHandlers } from './roles/handlers';
import { createSandboxEventHandlers } from './sandbox-events';
import { createSettingsHandlers } from './settings/handlers';
import type { createPolicyHandlers } from './policy/handlers';
import type { SettingsStore } from './settings/settings-store';
import type { createVaultHandlers } from './vault/handlers';
import { createWebhookHandlers } from './webhook';
import type { StoredItem } from './platform/storage-items';
import { createTillHandlers, endingShiftOnLock, tillTagger } from './till/handlers';

export interface HandlerDeps {
  version: string;
  settings: SettingsStore;
  clients: ClientProvider;
  api: ApiRunner;
  health: HealthTracker;
  cache: OrderCache;
  orders: OrdersService;
  creator: Pick<AttemptCreator, 'create' | 'check'>;
  poller: Poller;
  hostAllowed: PermissionCheck;
  /** Drops every cached token (a new secret, a new account). */
  clearTokens: () => Promise<void>;
  /** Empties order cache, outbox and health for a new account. */
  resetAccount: (account: string) => Promise<void>;
  /** Makes sure the caches belong to the current account (once per worker life). */
  ready: () => Promise<void>;
  /** Badge and polling follow a change of settings or orders. */
  refreshIndicators: () => Promise<void>;
  /** Secrets seen in this worker life, scrubbed from every error. */
  rememberSecret: (secret: string) => void;
  /** Unlock, lock, change and remove the passphrase. */
  vault: ReturnType<typeof createVaultHandlers>;
  /** Whether the panel may use the saved secret now (sandbox mode, or the manager in live mode). */
  storedSecretAllowed: () => Promise<boolean>;
  /** What the shop's managed policy sets. */
  policy: ReturnType<typeof createPolicyHandlers>;
  /** The manager PIN and who is at the till. */
  roles: ReturnType<typeof createRoleHandlers>;
  /** Close the day: this till's name, the progress push, the server's clock. */
  day: Pick<DayHandlerDeps, 'thisTill' | 'push' | 'serverOffsetMs'>;
  /** Who is at the till this shift (`session:cashier`); the till's name is a setting. */
  cashier: StoredItem<string | null>;
  now?: () => number;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { settings, orders, poller } = deps;
  const till = { settings: () => settings.load(), cashier: deps.cashier };
  return {
    ...createPlatformHandlers({ version: deps.version, health: deps.health, orders, now: deps.now }),
    ...createSettingsHandlers({
      settings, clients: deps.clients, health: deps.health, hostAllowed: deps.hostAllowed,
      clearTokens: deps.clearTokens, resetAccount: deps.resetAccount, stopWatching: () => poller.watch(null),
      refreshIndicators: deps.refreshIndicators, rememberSecret: deps.rememberSecret,
    }),
    ...createOrderHandlers({ settings, api: deps.api, orders, poller, ready: deps.ready }),
    ...createCreateHandlers({ creator: deps.creator, poller, ready: deps.ready, tag: tillTagger(till) }),
    ...createDayHandlers({
      api: deps.api, ready: deps.ready, ...deps.day,
      createdHere: async () => new Set(Object.keys(await deps.cache.getCreated())),
    }),
    ...deps.vault,
    ...deps.roles,
    ...deps.policy,
    ...createTillHandlers(till),
    ...endingShiftOnLock({ 'role.drop': deps.roles['role.drop'], 'vault.lock': deps.vault['vault.lock'] }, deps.cashier),

    ...createWebhookHandlers({
      // A pasted guess checked beside the saved secret would tell whether they are equal: only where it may be used.
      storedSecret: async () => ((await deps.storedSecretAllowed()) ? (await settings.load()).secret || null : null),
    }),

    ...createSandboxEventHandlers({
      settings: () => settings.load(),
      hostAllowed: deps.hostAllowed,
      refreshOrder: async (uuid) => {
        await deps.ready();
        return orders.get(uuid, true);
      },
    }),
  };
}

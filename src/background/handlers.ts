/**
 * One named async handler per message of the protocol. Each handler only
 * orchestrates: settings, the SDK client, the order cache and the poller do the work.
 */
import { CALLBACK_EVENTS, MemoryCache, type CallbackEventName, type Client } from '../sdk';
import { STATUS_FILTERS, type Health, type StatusFilter } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { createWebhookHandlers } from './webhook';
import { createSandboxEventHandlers } from './sandbox-events';
import { cancelOrder } from './cancel';
import { AppError } from './errors';
import { text } from '../shared/local-text';
import { assertHostAllowed, buildClient, type ClientProvider, type PermissionCheck } from './client-provider';
import type { HealthTracker } from './health';
import type { OrderCache } from './order-cache';
import type { ApiRunner, OrdersService } from './orders';
import type { OrderCreator } from './outbox';
import type { Poller } from './poller';
import { accountKey, applyForm, effectiveBaseUrl, isLocked, toPublic, type StoredSettings } from './settings';
import { lockedError, type SettingsStore } from './settings-store';
import type { createRoleHandlers } from './roles/handlers';
import type { createVaultHandlers } from './vault/handlers';
import { newPassphrase } from './vault/new-passphrase';

export interface HandlerDeps {
  version: string;
  settings: SettingsStore;
  clients: ClientProvider;
  api: ApiRunner;
  health: HealthTracker;
  cache: OrderCache;
  orders: OrdersService;
  creator: Pick<OrderCreator, 'create' | 'check'>;
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
  /** The manager PIN and who is at the till. */
  roles: ReturnType<typeof createRoleHandlers>;
  now?: () => number;
}

function checkFilter(filter: unknown): StatusFilter {
  if (typeof filter === 'string' && (STATUS_FILTERS as readonly string[]).includes(filter)) return filter as StatusFilter;
  throw new AppError('validation', text('error_bad_request'), undefined, `status filter: ${JSON.stringify(filter) ?? typeof filter}`);
}

function checkLimit(limit: unknown): number | undefined {
  if (limit === undefined) return undefined;
  if (typeof limit === 'number' && Number.isInteger(limit) && limit > 0) return limit;
  throw new AppError('validation', text('error_bad_request'), undefined, `row limit: ${JSON.stringify(limit) ?? typeof limit}`);
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { settings, orders, api, poller } = deps;

  const sandboxOnly = async (): Promise<void> => {
    const s = await settings.load();
    if (s.mode !== 'sandbox') {
      throw new AppError(
        'sandbox_only',
        text('error_sandbox_only_simulate'),
      );
    }
  };

  return {
    ping: async () => ({ version: deps.version, now: (deps.now ?? Date.now)() }),

    'settings.get': async () => toPublic(await settings.load()),

    'settings.save': async (form) => {
      const stored = await settings.load();
      if (isLocked(stored)) throw lockedError();
      const passphrase = newPassphrase(form, stored);
      const next = applyForm(form, stored);
      deps.rememberSecret(next.secret);
      await settings.save(next, passphrase === undefined ? {} : { passphrase });
      // The token at rest moves to session storage with the passphrase: none stays on disk.
      if (passphrase !== undefined) await deps.clearTokens();
      deps.clients.invalidate();
      if (accountKey(stored) !== accountKey(next)) {
        await deps.clearTokens();
        await deps.resetAccount(accountKey(next));
        poller.watch(null);
      } else if (stored.secret !== next.secret) {
        await deps.clearTokens();
        await deps.health.reset();
      }
      await deps.refreshIndicators();
      return toPublic(await settings.load());
    },

    'settings.test': async (form) => {
      const stored = await settings.load();
      if (isLocked(stored) && form?.secret === '') throw lockedError();
      if (typeof form?.secret === 'string' && form.secret !== '') deps.rememberSecret(form.secret);
      const candidate: StoredSettings = applyForm(form, stored);
      await assertHostAllowed(candidate, deps.hostAllowed);
      // A throwaway client: testing never touches the stored token or the health of the saved account.
      const client: Client = buildClient(candidate, new MemoryCache());
      const login = await client.clientCredentialsLogin();
      const baseUrl = effectiveBaseUrl(candidate);
      return { mode: candidate.mode, host: new URL(baseUrl).host, baseUrl, tokenExpiresInSeconds: login.expires_in };
    },

    'health.get': async (): Promise<Health> => {
      const [record, pending] = await Promise.all([deps.health.get(), orders.pendingCreated()]);
      return { ...record, pendingCount: pending.length };
    },

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

    'order.create': async ({ order, attemptId }) => {
      await deps.ready();
      const created = await deps.creator.create(order, attemptId);
      await poller.schedule();
      return created;
    },

    'order.check': async ({ attemptId }) => {
      await deps.ready();
      const checked = await deps.creator.check(attemptId);
      if (checked.state === 'made') await poller.schedule();
      return checked;
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

    ...deps.vault,
    ...deps.roles,

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

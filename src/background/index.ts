/**
 * The service worker (an event page in Firefox): the only part of the extension
 * that talks to WebPOS and the only holder of the secret. Listeners are
 * registered synchronously at top level; everything costly is built on first use.
 */
import browser from 'webextension-polyfill';
import { clear, createStore } from 'idb-keyval';
import { createRouter, type SenderInfo } from '../messaging/router';
import { showBadge } from './badge';
import { ClientProvider } from './client-provider';
import { toWireError } from './errors';
import { createHandlers } from './handlers';
import { HealthTracker, type HealthRecord } from './health';
import { IdbCache } from './idb-cache';
import { notifyTransition, openOrder, orderOfNotification } from './notifier';
import { OrderCache } from './order-cache';
import { OrdersService, type ApiRunner } from './orders';
import { idbOutbox, OrderCreator } from './outbox';
import { Poller } from './poller';
import { accountKey, SETTINGS_KEY } from './settings';
import { SettingsStore } from './settings-store';
import { guardRoles, storedSecretAllowed } from './roles/guard';
import { createRoleHandlers } from './roles/handlers';
import { RoleStore } from './roles/role-store';
import { createVaultHandlers } from './vault/handlers';
import { Keyring } from './vault/keyring';
import { SessionCache, VaultAwareCache } from './vault/token-cache';
import { UnlockThrottle, type ThrottleState } from './vault/unlock-throttle';
import { ServerClock } from './server-clock';

const HEALTH_KEY = 'health';
/** storage.session where the browser has it (cleared with the browser session), else local. */
const healthArea = browser.storage.session ?? browser.storage.local;

const keyring = new Keyring(browser.storage.session);
const roles = new RoleStore(browser.storage.local, browser.storage.session);
const throttleIn = (key: string) =>
  new UnlockThrottle({
    load: async () => (await browser.storage.local.get(key))[key] as ThrottleState | undefined,
    save: (state) => (state ? browser.storage.local.set({ [key]: state }) : browser.storage.local.remove(key)),
  });
const pinThrottle = throttleIn('pinThrottle');
const settings = new SettingsStore(browser.storage.local, keyring);
const tokenStore = createStore('webpos-token-cache', 'kv');
const sessionTokens = new SessionCache(browser.storage.session);
// With a passphrase set, the token lives only in session storage (never on disk).
const tokenCache = new VaultAwareCache(new IdbCache({ store: tokenStore }), sessionTokens, async () => (await settings.load()).vault !== null);
const clearTokens = async () => {
  await clear(tokenStore);
  await sessionTokens.clear();
};
const cache = new OrderCache();
const outbox = idbOutbox();
const secrets = new Set<string>();

const hostAllowed = (origin: string) => browser.permissions.contains({ origins: [origin] });
const serverClock = new ServerClock();
const clients = new ClientProvider(settings, tokenCache, hostAllowed, serverClock.wrap());

const health = new HealthTracker({
  load: async () => (await healthArea.get(HEALTH_KEY))[HEALTH_KEY] as HealthRecord | undefined,
  save: (record) => healthArea.set({ [HEALTH_KEY]: record }),
  onChange: () => void refreshBadge(),
});

const api: ApiRunner = async (call) => {
  const client = await clients.get();
  try {
    const result = await call(client);
    await health.success();
    return result;
  } catch (error) {
    await health.failure(error);
    throw error;
  }
};

const orders = new OrdersService({
  cache,
  api,
  offlineSince: () => health.offlineSince(),
  onTransition: (before, after) => void maybeNotify(before, after),
  onCreatedChanged: () => void refreshBadge(),
  serverOffsetMs: () => serverClock.offsetMs(),
});

const creator = new OrderCreator({ api, outbox, orders, cache, serverOffsetMs: () => serverClock.offsetMs() });

const poller = new Poller({
  orders,
  alarms: browser.alarms,
  intervalSeconds: async () => {
    const s = await settings.load();
    return s.clientId && s.secret ? s.pollIntervalSeconds : null;
  },
});

async function maybeNotify(before: Parameters<typeof notifyTransition>[0], after: Parameters<typeof notifyTransition>[1]) {
  try {
    if ((await settings.load()).notifications) await notifyTransition(before, after);
  } catch (error) {
    console.warn('WebPOS Counter: notification failed', toWireError(error, [...secrets]).message);
  }
}

async function refreshBadge(): Promise<void> {
  try {
    const [record, pending] = await Promise.all([health.get(), orders.pendingCreated()]);
    await showBadge(record, pending.length);
  } catch (error) {
    console.warn('WebPOS Counter: badge update failed', toWireError(error, [...secrets]).message);
  }
}

let accountChecked: Promise<void> | undefined;
/** The caches belong to the saved account; after a change elsewhere they are emptied once. */
function ready(): Promise<void> {
  accountChecked ??= (async () => {
    const s = await settings.load();
    secrets.add(s.secret);
    const account = accountKey(s);
    if ((await cache.getAccount()) !== account) await cache.reset(account);
  })().catch((error: unknown) => {
    accountChecked = undefined;
    throw error;
  });
  return accountChecked;
}

const handlers = createHandlers({
  version: browser.runtime.getManifest().version,
  settings,
  clients,
  api,
  health,
  cache,
  orders,
  creator,
  poller,
  hostAllowed,
  clearTokens,
  resetAccount: async (account) => {
    await cache.reset(account);
    await outbox.clear();
    await health.reset();
    accountChecked = Promise.resolve();
  },
  ready,
  refreshIndicators: async () => {
    await refreshBadge();
    await poller.schedule();
  },
  rememberSecret: (secret) => {
    if (secret) secrets.add(secret);
  },
  roles: createRoleHandlers(roles, pinThrottle),
  storedSecretAllowed: async () => storedSecretAllowed(roles, (await settings.load()).mode),
  vault: createVaultHandlers({
    settings,
    keyring,
    throttle: throttleIn('vaultThrottle'),
    onLockChanged: async () => {
      clients.invalidate();
      await clearTokens();
      await refreshBadge();
      await poller.schedule();
    },
    rememberSecret: (secret) => secrets.add(secret),
  }),
});

const guarded = guardRoles(handlers, {
  roles,
  mode: async () => (await settings.load()).mode,
  cancellableHere: async (uuid) => {
    const cached = await cache.getOrder(uuid);
    if (!cached?.createdHere) return false;
    const { status, paid, in_confirmation } = cached.order.state;
    const received = (paid?.crypto ?? 0) > 0 || (in_confirmation?.crypto ?? 0) > 0;
    return status === 'pending' && !received;
  },
});

const route = createRouter(guarded, {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  toWireError: (error) => toWireError(error, [...secrets]),
});

// --- Listeners: registered synchronously, at top level --------------------------------

browser.runtime.onMessage.addListener(async (message: unknown, sender: SenderInfo) => {
  // The secret is read before answering so that any error text can be scrubbed of it.
  await settings.load().then((s) => secrets.add(s.secret), () => undefined);
  return route(message, sender);
});

browser.alarms.onAlarm.addListener((alarm) => {
  void poller.onAlarm(alarm.name).catch((error: unknown) => {
    console.warn('WebPOS Counter: polling failed', toWireError(error, [...secrets]).message);
  });
});

browser.notifications.onClicked.addListener((id) => {
  void browser.notifications.clear(id).catch(() => undefined);
  void openOrder(orderOfNotification(id)).catch(() => undefined);
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) {
    settings.invalidate();
    clients.invalidate();
    accountChecked = undefined;
  }
});

const restore = () => {
  void refreshBadge();
  void poller.schedule().catch(() => undefined);
};
browser.runtime.onStartup.addListener(restore);
browser.runtime.onInstalled.addListener(restore);

/**
 * Builds the worker's parts and connects them; `index.ts` registers the listeners.
 * Nothing here runs a request or touches storage until a listener asks.
 *
 * Each part is built after everything it uses. Where parts react to each other in a ring
 * (orders ↔ indicators, poller, update hub; attempts ↔ update hub), the earlier part emits
 * a `WorkerEvents` event and the later one subscribes at the end, once it exists.
 */
import browser from 'webextension-polyfill';
import { createRouter, isOwnPage } from '../messaging/router';
import { AccountGuard } from './settings/account-guard';
import { cancellableHere } from './orders/cancel';
import { createApiRunner } from './platform/api-runner';
import { showBadge } from './notify/badge';
import { ClientProvider } from './platform/client-provider';
import { createHandlers } from './handlers';
import { tillNameOf } from './day/this-till';
import { HealthTracker, healthInItem } from './platform/health';
import { Indicators } from './notify/indicators';
import { Notifier } from './notify/notifier';
import { OrderCache } from './orders/order-cache';
import { OrdersService } from './orders/orders-service';
import { OrderCreator } from './create/order-creator';
import { idbOutbox } from './create/outbox-store';
import { attemptChecker } from './create/handlers';
import { Poller } from './orders/poller';
import { guardRoles } from './roles/guard';
import { SecretRegistry } from './platform/secrets';
import { ServerClock } from './platform/server-clock';
import { WorkerEvents } from './platform/worker-events';
import { accountKey, pollInterval } from './settings/settings';
import { PolicySettingsStore } from './policy/policy-settings-store';
import { PolicySource } from './policy/policy-source';
import { managedPinItem } from './policy/managed-pin';
import { createPolicyHandlers, guardPolicy } from './policy/handlers';
import { createSecurity } from './vault/security';
import { defineWorkerItems } from './platform/storage-items';
import { becomesCurrent, CurrentOrder } from './platform/current-order';
import { UpdateHub } from './platform/update-hub';
import { uncachedFetch } from './platform/uncached-fetch';
import { AttemptWatch } from './create/attempt-watch';
import { leftAttemptsResolver } from './create/left-attempts';
import { SoundAlerts } from './sound/alerts';
import { PlayedSounds } from './sound/played-store';
import { browserSoundPlayer } from './sound/player';

export function createWorker() {
  const events = new WorkerEvents();
  const secrets = new SecretRegistry();
  const warn = (what: string, error: unknown) => secrets.warn(what, error);
  const items = defineWorkerItems();
  const policy = new PolicySource(browser.storage.managed, warn);
  const security = createSecurity({ ...items, managerPin: managedPinItem(items.managerPin, policy) });
  const settings = new PolicySettingsStore(items.settings, security.keyring, { onLoad: (s) => secrets.remember(s.secret), atRest: security.secretAtRest }).usePolicy(policy);
  const tokens = security.tokenCache(async () => (await settings.load()).vault !== null);
  const hostAllowed = (origin: string) => browser.permissions.contains({ origins: [origin] });
  const serverClock = new ServerClock();
  const clients = new ClientProvider(settings, tokens.cache, hostAllowed, serverClock.wrap(uncachedFetch()));
  const cache = new OrderCache();
  const outbox = idbOutbox();
  const { notifications, windows, tabs } = browser;
  const notifier = new Notifier({ notifications, windows, tabs, getURL: (path) => browser.runtime.getURL(path) });
  const sounds = new SoundAlerts({
    soundOn: async () => (await settings.load()).sound, played: new PlayedSounds(items.soundsPlayed),
    player: browserSoundPlayer(), warn,
  });
  const health = new HealthTracker({ ...healthInItem(items.health), onChange: (record) => events.emit('healthChanged', record) });
  const api = createApiRunner({ client: () => clients.get(), health });
  const orders = new OrdersService({
    cache, api, offlineSince: () => health.offlineSince(), serverOffsetMs: () => serverClock.offsetMs(),
    onTransition: (before, after) => events.emit('orderTransition', before, after),
    onCreatedChanged: () => events.emit('createdChanged'),
    onObserved: (cached, row) => events.emit('orderObserved', cached, row),
  });
  const indicators = new Indicators({
    health, orders, notificationsOn: async () => (await settings.load()).notifications,
    showBadge: (record, pending) => showBadge(browser.action, record, pending),
    notify: (before, after) => notifier.notifyTransition(before, after),
    sound: (before, after) => sounds.onTransition(before, after),
    warn,
  });
  const poller = new Poller({
    orders, alarms: browser.alarms, intervalSeconds: async () => pollInterval(await settings.load()),
    keepAlive: () => browser.runtime.getPlatformInfo(), serverOffsetMs: () => serverClock.offsetMs(),
    onStalled: (waitedMs) => void health.noAnswer(waitedMs),
  });
  const ownPages = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };
  const account = new AccountGuard({ settings, accountOf: accountKey, cache, alsoClear: [() => outbox.clear(), () => health.reset()] });
  const ready = () => account.ready();
  const creator = new OrderCreator({ api, outbox, orders, cache, serverOffsetMs: () => serverClock.offsetMs() });
  const resolveLeftAttempts = leftAttemptsResolver({
    outbox, ready: () => account.ready(), api, check: (attemptId, paced) => creator.check(attemptId, { api: paced }), onMade: () => poller.schedule(),
  });
  const attempts = new AttemptWatch({
    check: attemptChecker({ creator, poller, ready }),
    toWireError: (error) => secrets.toWireError(error),
    push: (verdict) => events.emit('attemptSettled', verdict),
  });
  const updates = new UpdateHub({
    isOwnPage: (sender) => isOwnPage(sender, ownPages), watcher: poller, followAttempt: (id) => attempts.follow(id, { now: true }),
    current: new CurrentOrder(items.currentOrder), health: () => health.get(),
  });
  const savedMode = async () => (await settings.load()).mode;
  const refreshIndicators = async () => void (await Promise.all([indicators.refreshBadge(), poller.schedule()]));

  const handlers = createHandlers({
    version: browser.runtime.getManifest().version,
    settings, clients, api, health, cache, orders, poller, hostAllowed,
    creator: becomesCurrent(attempts.wrap(creator), (uuid) => updates.setCurrent(uuid)),
    clearTokens: tokens.clear,
    resetAccount: (key) => account.reset(key),
    ready,
    refreshIndicators,
    cashier: items.cashier,
    rememberSecret: (secret) => secrets.remember(secret),
    policy: createPolicyHandlers(settings),
    day: {
      // The till setting comes with the till names (issue 24 point 1): read here by name until then.
      thisTill: async () => tillNameOf(await settings.load()),
      push: (progress) => void browser.runtime.sendMessage(progress).catch(() => undefined),
      serverOffsetMs: () => serverClock.offsetMs(),
    },
    ...security.handlerDeps({ settings, mode: savedMode, rememberSecret: (s) => secrets.remember(s),
      onLockChanged: async () => (clients.invalidate(), await tokens.clear(), await refreshIndicators()) }),
  });
  const guarded = guardRoles(guardPolicy(handlers, settings), { roles: security.roles, mode: savedMode, cancellableHere: (uuid) => cancellableHere(uuid, cache), madeHere: async (uuid) => (await cache.getOrder(uuid))?.createdHere === true });
  const route = createRouter(guarded, { ...ownPages, toWireError: (error) => secrets.toWireError(error) });

  // Every part exists now: the earlier ones' events reach the later ones.
  events.on('healthChanged', (record) => {
    void indicators.refreshBadge();
    updates.health(record); // The order view and the customer display say when the payment cannot be checked.
    if (record.state === 'ok') poller.contactBack();
  });
  events.on('orderTransition', (before, after) => void indicators.maybeNotify(before, after));
  events.on('createdChanged', () => void Promise.all([indicators.refreshBadge(), poller.refreshWatch().catch(() => undefined)]));
  events.on('orderObserved', (cached, row) => (poller.observed(row, cached.fetchedAt), updates.push(cached, row)));
  events.on('attemptSettled', (verdict) => updates.send(verdict));

  return { secrets, settings, clients, account, notifier, indicators, poller, updates, route, resolveLeftAttempts };
}

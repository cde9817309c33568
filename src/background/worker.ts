/**
 * Builds the worker's parts and connects them; `index.ts` registers the listeners.
 * Nothing here runs a request or touches storage until a listener asks.
 */
import browser from 'webextension-polyfill';
import { createRouter, isOwnPage } from '../messaging/router';
import { AccountGuard } from './account-guard';
import { cancellableHere } from './cancel';
import { createApiRunner } from './api-runner';
import { showBadge } from './badge';
import { ClientProvider } from './client-provider';
import { createHandlers } from './handlers';
import { HealthTracker, healthInItem } from './health';
import { Indicators } from './indicators';
import { Notifier } from './notifier';
import { OrderCache } from './order-cache';
import { OrdersService } from './orders';
import { idbOutbox, OrderCreator } from './outbox';
import { Poller } from './poller';
import { guardRoles } from './roles/guard';
import { SecretRegistry } from './secrets';
import { ServerClock } from './server-clock';
import { accountKey, pollInterval } from './settings';
import { SettingsStore } from './settings-store';
import { createSecurity } from './security';
import { defineWorkerItems } from './storage-items';
import { becomesCurrent, CurrentOrder } from './current-order';
import { UpdateHub } from './update-hub';
import { AttemptWatch } from './attempt-watch';
import { SoundAlerts } from './sound/alerts';
import { PlayedSounds } from './sound/played-store';
import { browserSoundPlayer } from './sound/player';

export function createWorker() {
  const secrets = new SecretRegistry();
  const items = defineWorkerItems();
  const security = createSecurity(items);
  const settings = new SettingsStore(items.settings, security.keyring, { onLoad: (s) => secrets.remember(s.secret), atRest: security.secretAtRest });
  const tokens = security.tokenCache(async () => (await settings.load()).vault !== null);
  const hostAllowed = (origin: string) => browser.permissions.contains({ origins: [origin] });
  const serverClock = new ServerClock();
  const clients = new ClientProvider(settings, tokens.cache, hostAllowed, serverClock.wrap());
  const cache = new OrderCache();
  const outbox = idbOutbox();
  const { notifications, windows, tabs } = browser;
  const notifier = new Notifier({ notifications, windows, tabs, getURL: (path) => browser.runtime.getURL(path) });
  const health = new HealthTracker({ ...healthInItem(items.health), onChange: () => void indicators.refreshBadge() });
  const api = createApiRunner({ client: () => clients.get(), health });
  const orders = new OrdersService({
    cache, api, offlineSince: () => health.offlineSince(), serverOffsetMs: () => serverClock.offsetMs(),
    onTransition: (before, after) => void indicators.maybeNotify(before, after),
    onCreatedChanged: () => void Promise.all([indicators.refreshBadge(), poller.refreshWatch().catch(() => undefined)]),
    onObserved: (cached, row) => (poller.observed(row, cached.fetchedAt), updates.push(cached, row)),
  });
  const indicators = new Indicators({
    health, orders, notificationsOn: async () => (await settings.load()).notifications,
    showBadge: (record, pending) => showBadge(browser.action, record, pending),
    notify: (before, after) => notifier.notifyTransition(before, after),
    sound: (before, after) => sounds.onTransition(before, after),
    warn: (what, error) => secrets.warn(what, error),
  });
  const sounds = new SoundAlerts({
    soundOn: async () => (await settings.load()).sound, played: new PlayedSounds(items.soundsPlayed),
    player: browserSoundPlayer(), warn: (what, error) => secrets.warn(what, error),
  });
  const poller = new Poller({
    orders, alarms: browser.alarms, intervalSeconds: async () => pollInterval(await settings.load()),
    keepAlive: () => browser.runtime.getPlatformInfo(), serverOffsetMs: () => serverClock.offsetMs(),
  });
  const ownPages = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };
  const account = new AccountGuard({ settings, accountOf: accountKey, cache, alsoClear: [() => outbox.clear(), () => health.reset()] });
  const creator = new OrderCreator({ api, outbox, orders, cache, serverOffsetMs: () => serverClock.offsetMs() });
  const attempts = new AttemptWatch({
    check: (attemptId) => handlers['order.check']({ attemptId }), toWireError: (error) => secrets.toWireError(error), push: (verdict) => updates.send(verdict),
  });
  const updates = new UpdateHub({
    isOwnPage: (sender) => isOwnPage(sender, ownPages), watcher: poller, followAttempt: (id) => attempts.follow(id, { now: true }),
    current: new CurrentOrder(items.currentOrder),
  });
  const savedMode = async () => (await settings.load()).mode;
  const refreshIndicators = async () => void (await Promise.all([indicators.refreshBadge(), poller.schedule()]));

  const handlers = createHandlers({
    version: browser.runtime.getManifest().version,
    settings, clients, api, health, cache, orders, poller, hostAllowed,
    creator: becomesCurrent(attempts.wrap(creator), (uuid) => updates.setCurrent(uuid)),
    clearTokens: tokens.clear,
    resetAccount: (key) => account.reset(key),
    ready: () => account.ready(),
    refreshIndicators,
    rememberSecret: (secret) => secrets.remember(secret),
    ...security.handlerDeps({ settings, mode: savedMode, rememberSecret: (s) => secrets.remember(s),
      onLockChanged: async () => (clients.invalidate(), await tokens.clear(), await refreshIndicators()) }),
  });
  const guarded = guardRoles(handlers, { roles: security.roles, mode: savedMode, cancellableHere: (uuid) => cancellableHere(uuid, cache) });
  const route = createRouter(guarded, { ...ownPages, toWireError: (error) => secrets.toWireError(error) });

  return { secrets, settings, clients, account, notifier, indicators, poller, updates, route };
}

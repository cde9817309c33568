/**
 * The service worker (an event page in Firefox): builds the parts (`worker.ts`) and
 * registers the listeners, synchronously at top level; each behaviour lives in its own module.
 */
import browser from 'webextension-polyfill';
import type { SenderInfo } from '../messaging/router';
import { chromeSidePanel, onCommand } from './commands/side-panel-command';
import { orderOfNotification } from './notify/notifier';
import { SETTINGS_KEY } from './settings/settings';
import { createWorker } from './worker';

const { secrets, settings, clients, account, notifier, indicators, poller, updates, route, resolveLeftAttempts } = createWorker();

const restore = () => void Promise.all([indicators.refreshBadge(), poller.schedule().catch(() => undefined), poller.refreshWatch().catch(() => undefined)]);

// --- Listeners: registered synchronously, at top level --------------------------------
browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => route(message, sender));
browser.runtime.onConnect.addListener((port) => updates.connect(port));
browser.alarms.onAlarm.addListener((alarm) => void poller.onAlarm(alarm.name).catch((error: unknown) => secrets.warn('polling', error)));
browser.notifications.onClicked.addListener((id) => {
  void browser.notifications.clear(id).catch(() => undefined);
  void notifier.openOrder(orderOfNotification(id)).catch(() => undefined);
});
// The side panel shortcut (Chromium; Firefox opens its sidebar by _execute_sidebar_action itself).
// Firefox for Android has no commands API.
(browser as { commands?: typeof browser.commands }).commands?.onCommand.addListener((command, tab) => void onCommand(command, tab?.windowId, chromeSidePanel(), (what, error) => secrets.warn(what, error)));
browser.storage.onChanged.addListener((changes, area) => {
  // A policy change (Chromium re-reads policies while running) counts as a change of settings.
  const policyChanged = area === 'managed';
  if (!policyChanged && (area !== 'local' || !(SETTINGS_KEY in changes))) return;
  settings.invalidate();
  clients.invalidate();
  account.invalidate();
  if (policyChanged) restore();
});
// A host taken back in the browser's settings: the next call checks permissions.contains again and
// is refused by name (the client is otherwise kept, and a CORS-open local sandbox would still answer).
browser.permissions.onRemoved.addListener(() => clients.invalidate());
browser.runtime.onStartup.addListener(restore);
browser.runtime.onInstalled.addListener(restore);
// A worker stopped mid-create left its attempt marked as being sent: settle it now, whoever asks.
void resolveLeftAttempts().catch((error: unknown) => secrets.warn('resolving left create attempts', error));

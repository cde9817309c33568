import browser from 'webextension-polyfill';
import { createRouter, type Handlers, type SenderInfo } from '../messaging/router';

const handlers = {
  ping: async () => ({ version: browser.runtime.getManifest().version, now: Date.now() }),
} as unknown as Handlers;

const route = createRouter(handlers, {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  toWireError: (error) => ({ code: 'internal', message: error instanceof Error ? error.message : String(error) }),
});

browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => route(message, sender));

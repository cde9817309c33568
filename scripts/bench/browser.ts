/**
 * Headless Chromium with the built extension loaded, as e2e/fixtures.ts does it:
 * the service worker, the extension id, pages by path, typed messages sent from an
 * extension page exactly as the UI sends them, and CDP sessions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { chromiumPath, extensionArgs } from '../chromium';
import { sandboxSettings } from '../sandbox-settings';
import type { Sandbox } from '../../sandbox/server';
import type { MessageType, RequestOf, ResponseOf, SettingsForm } from '../../src/messaging/protocol';
import type { Result } from '../../src/messaging/result';

export const POPUP = 'src/popup/index.html';
/** A page the bench adds to its own build: no script but a frame timestamp (see blank-page.ts). */
export const BLANK = 'bench-blank.html';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  url: (path: string) => string;
  /** The current service worker (a new one after a restart). */
  worker: () => Promise<Worker>;
  newPage: (options?: { width?: number; height?: number }) => Promise<Page>;
  send: <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;
  sendRaw: <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<Result<ResponseOf<T>>>;
  configure: (sandbox: Sandbox, overrides?: Partial<SettingsForm>) => Promise<void>;
  cdp: (page: Page) => Promise<CDPSession>;
  /** Closes the page messages are sent from (it shares the extension pages' JS heap). */
  closeMessenger: () => Promise<void>;
  close: () => Promise<void>;
}

export async function launchExtension(extensionDir: string): Promise<ExtensionSession> {
  const profile = await mkdtemp(join(tmpdir(), 'webpos-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: extensionArgs(extensionDir),
    viewport: { width: 380, height: 600 },
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await worker()).url()).host;
  const url = (path: string) => `chrome-extension://${extensionId}/${path}`;

  const newPage = async (options?: { width?: number; height?: number }) => {
    const page = await context.newPage();
    // tsx compiles the bench with keepNames: functions passed to evaluate() may call __name.
    await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    if (options) await page.setViewportSize({ width: options.width ?? 380, height: options.height ?? 600 });
    return page;
  };

  // Messages go from a blank extension page of their own, never from a measured page.
  let messenger: Page | undefined;
  const sendRaw = async <T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> => {
    if (!messenger) {
      messenger = await context.newPage();
      await messenger.goto(url(BLANK));
    }
    return messenger.evaluate(
      ([t, p]) => chrome.runtime.sendMessage<unknown, Result<ResponseOf<T>>>({ type: t, payload: p }),
      [type, payload] as const,
    );
  };
  const send = async <T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> => {
    const result = await sendRaw(type, payload);
    if (!result.ok) throw new Error(`${type} failed: ${result.error.code} ${result.error.message}`);
    return result.data;
  };

  const configure = async (sandbox: Sandbox, overrides: Partial<SettingsForm> = {}) => {
    await send('settings.save', sandboxSettings(sandbox, { notifications: false, ...overrides }));
  };

  const cdp = (page: Page) => context.newCDPSession(page);
  const closeMessenger = async () => {
    await messenger?.close();
    messenger = undefined;
  };

  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };

  return { context, extensionId, url, worker, newPage, send, sendRaw, configure, cdp, closeMessenger, close };
}

/** Launches, runs `use`, and always closes the browser. */
export async function withExtension<T>(extensionDir: string, use: (session: ExtensionSession) => Promise<T>): Promise<T> {
  const session = await launchExtension(extensionDir);
  try {
    return await use(session);
  } finally {
    await session.close();
  }
}

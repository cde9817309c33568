import { resolve } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionArgs, chromiumPath } from '../scripts/chromium';
import { sandboxSettings } from '../scripts/sandbox-settings';
import { startSandbox, type Sandbox } from '../sandbox/server';
import type { MessageType, RequestOf, ResponseOf, SettingsSave } from '../src/messaging/protocol';
import type { Result } from '../src/messaging/result';
import { PlaywrightDriver } from './driver/playwright';
import type { Driver } from './driver/types';

export const EXTENSION_DIR = resolve(process.env.E2E_EXTENSION_DIR ?? resolve(import.meta.dirname, '..', 'dist'));

export const POPUP = 'src/popup/index.html';
export const OPTIONS = 'src/options/index.html';
export const PANEL = 'src/devtools/panel.html';
/** Chromium's side_panel.default_path and Firefox's sidebar_action.default_panel. */
export const SIDE_PANEL = 'src/popup/sidepanel.html';

export interface ExtensionWorkerOptions {
  /** The built extension this worker's browsers load (default EXTENSION_DIR; e2e/store-hosts.spec.ts builds a store package). */
  extensionDir: string;
}

export interface ExtensionOptions {
  /** The browser's language, which is also the extension's UI language (chrome.i18n); e.g. 'it-IT'. */
  uiLocale: string;
}

export interface ExtensionFixtures {
  sandbox: Sandbox;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens an extension page by its path in dist/, e.g. POPUP. */
  openPage: (path: string, options?: { width?: number; height?: number }) => Promise<Page>;
  /** Sends a typed message from an extension page, exactly as the UI does. */
  sendMessage: <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<Result<ResponseOf<T>>>;
  /** Saves settings pointing the extension at this test's sandbox. */
  configure: (overrides?: Partial<SettingsSave>) => Promise<void>;
  /** The shared journeys' driver (e2e/journeys.ts) over this test's Chromium. */
  driver: Driver;
  /** Runs before the browser starts (e.g. writes a managed policy file); its teardown runs after the browser closed. */
  beforeLaunch: void;
}

export const test = base.extend<ExtensionFixtures & ExtensionOptions, ExtensionWorkerOptions>({
  uiLocale: ['en-US', { option: true }],
  extensionDir: [EXTENSION_DIR, { option: true, scope: 'worker' }],

  sandbox: async ({}, use) => {
    const sandbox = await startSandbox({ port: 0, quiet: true });
    await use(sandbox);
    await sandbox.close();
  },

  beforeLaunch: async ({}, use) => {
    await use();
  },

  context: async ({ uiLocale, colorScheme, extensionDir, beforeLaunch: _ready }, use, testInfo) => {
    const context = await chromium.launchPersistentContext('', {
      locale: uiLocale,
      // Playwright's own option: `test.use({ colorScheme: 'dark' })` draws every page dark.
      colorScheme: colorScheme ?? 'light',
      executablePath: chromiumPath(),
      headless: true,
      // Playwright's locale sets navigator.language and i18n.getUILanguage(); --lang picks the catalogue.
      args: [...extensionArgs(extensionDir), `--lang=${uiLocale.split('-')[0]}`],
      viewport: { width: 380, height: 600 },
    });
    await use(context);
    if (testInfo.status !== testInfo.expectedStatus) {
      const pages = context.pages();
      for (const [index, page] of pages.entries()) {
        await page
          .screenshot({ path: testInfo.outputPath(`failure-${index}.png`), fullPage: true })
          .catch(() => undefined);
      }
    }
    await context.close();
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openPage: async ({ context, extensionId }, use) => {
    await use(async (path, options) => {
      const page = await context.newPage();
      if (options?.width || options?.height) {
        await page.setViewportSize({ width: options.width ?? 380, height: options.height ?? 600 });
      }
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },

  sendMessage: async ({ context, extensionId }, use) => {
    let page: Page | undefined;
    await use(async (type, payload) => {
      if (!page) {
        page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${POPUP}`);
      }
      const reply: unknown = await page.evaluate(
        ([messageType, messagePayload]) => chrome.runtime.sendMessage({ type: messageType, payload: messagePayload }),
        [type, payload] as const,
      );
      return reply as Result<ResponseOf<typeof type>>;
    });
    await page?.close();
  },

  configure: async ({ sandbox, sendMessage }, use) => {
    await use(async (overrides) => {
      const result = await sendMessage('settings.save', sandboxSettings(sandbox, overrides));
      if (!result.ok) throw new Error(`settings.save failed: ${JSON.stringify(result.error)}`);
    });
  },

  driver: async ({ context, extensionId }, use) => {
    await use(new PlaywrightDriver(context, extensionId));
  },
});

export { expect } from '@playwright/test';

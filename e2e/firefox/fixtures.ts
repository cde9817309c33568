/** Fixtures for the Firefox journeys: a sandbox and a fresh Firefox ESR with the add-on, per test. */
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { launchFirefox } from '../driver/firefox';
import { PuppeteerDriver } from '../driver/puppeteer';
import type { Driver } from '../driver/types';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.E2E_FIREFOX_EXTENSION_DIR ?? resolve(import.meta.dirname, '..', '..', 'dist-firefox'));

export interface FirefoxFixtures {
  sandbox: Sandbox;
  /** Seconds Firefox lets an idle event page live (its default is 30). */
  backgroundIdleSeconds: number;
  /** More Firefox preferences for this test (e.g. extensions.webextOptionalPermissionPrompts). */
  firefoxPrefs: Record<string, string | number | boolean>;
  /** Runs before Firefox starts (e.g. writes policies.json); its teardown runs after Firefox closed. */
  beforeLaunch: void;
  /** This test's Firefox, for what the driver does not do (e.g. reading the add-on's permissions). */
  firefox: Browser;
  driver: Driver;
}

export interface FirefoxWorkerOptions {
  /** The built add-on (default FIREFOX_EXTENSION_DIR; store-hosts.firefox.ts builds a store package). */
  extensionDir: string;
}

export const test = base.extend<FirefoxFixtures, FirefoxWorkerOptions>({
  extensionDir: [FIREFOX_EXTENSION_DIR, { option: true, scope: 'worker' }],
  firefoxPrefs: [{}, { option: true }],

  sandbox: async ({}, use) => {
    const sandbox = await startSandbox({ port: 0, quiet: true });
    await use(sandbox);
    await sandbox.close();
  },

  backgroundIdleSeconds: [30, { option: true }],

  beforeLaunch: async ({}, use) => {
    await use();
  },

  firefox: async ({ backgroundIdleSeconds, extensionDir, firefoxPrefs, beforeLaunch: _ready }, use) => {
    const browser = await launchFirefox({ extensionDir, backgroundIdleSeconds, prefs: firefoxPrefs });
    try {
      await use(browser);
    } finally {
      await browser.close();
    }
  },

  driver: async ({ firefox }, use, testInfo) => {
    const driver = new PuppeteerDriver(firefox);
    await use(driver);
    if (testInfo.status !== testInfo.expectedStatus) {
      await driver.screenshotAll((index) => testInfo.outputPath(`failure-${index}.png`));
    }
  },
});

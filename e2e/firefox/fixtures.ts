/** Fixtures for the Firefox journeys: a sandbox and a fresh Firefox ESR with the add-on, per test. */
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { launchFirefox } from '../driver/firefox';
import { PuppeteerDriver } from '../driver/puppeteer';
import type { Driver } from '../driver/types';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.E2E_FIREFOX_EXTENSION_DIR ?? resolve(import.meta.dirname, '..', '..', 'dist-firefox'));

export interface FirefoxFixtures {
  sandbox: Sandbox;
  /** Seconds Firefox lets an idle event page live (its default is 30). */
  backgroundIdleSeconds: number;
  /** Runs before Firefox starts (e.g. writes policies.json); its teardown runs after Firefox closed. */
  beforeLaunch: void;
  driver: Driver;
}

export const test = base.extend<FirefoxFixtures>({
  sandbox: async ({}, use) => {
    const sandbox = await startSandbox({ port: 0, quiet: true });
    await use(sandbox);
    await sandbox.close();
  },

  backgroundIdleSeconds: [30, { option: true }],

  beforeLaunch: async ({}, use) => {
    await use();
  },

  driver: async ({ backgroundIdleSeconds, beforeLaunch: _ready }, use, testInfo) => {
    const browser = await launchFirefox({ extensionDir: FIREFOX_EXTENSION_DIR, backgroundIdleSeconds });
    const driver = new PuppeteerDriver(browser);
    try {
      await use(driver);
      if (testInfo.status !== testInfo.expectedStatus) {
        await driver.screenshotAll((index) => testInfo.outputPath(`failure-${index}.png`));
      }
    } finally {
      await browser.close();
    }
  },
});

/**
 * Launches Debian's Firefox ESR with the built extension as a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi (Playwright's own Firefox cannot be
 * downloaded here and geckodriver is not packaged). Facts this rests on:
 * - `--remote-allow-system-access` lets the session open moz-extension:// pages;
 * - the `extensions.webextensions.uuids` pref fixes the add-on's internal UUID, the
 *   only way to know the pages' base URL in advance;
 * - `extensions.background.idle.timeout` is how long Firefox lets an idle event page
 *   live before suspending it (30 s by default).
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxPath, GECKO_ID } from '../../scripts/firefox';

/** The moz-extension:// host of the add-on in every e2e profile. */
export const E2E_EXTENSION_UUID = '6f1c2b7e-3d4a-4e5f-9a8b-7c6d5e4f3a2b';

export interface FirefoxLaunch {
  extensionDir: string;
  /** Seconds an idle event page lives before Firefox suspends it. */
  backgroundIdleSeconds?: number;
  /** More preferences for this Firefox, e.g. extensions.webextOptionalPermissionPrompts. */
  prefs?: Record<string, string | number | boolean>;
}

export async function launchFirefox({ extensionDir, backgroundIdleSeconds = 30, prefs = {} }: FirefoxLaunch): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 380, height: 600 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: E2E_EXTENSION_UUID }),
      'extensions.background.idle.timeout': backgroundIdleSeconds * 1000,
      ...prefs,
    },
  });
  try {
    const id = await browser.installExtension(resolve(extensionDir));
    if (id !== GECKO_ID) throw new Error(`installed add-on ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/** Retries `probe` until it returns a value that is not undefined, or fails after `timeoutMs`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { extensionArgs, chromiumPath } from '../scripts/chromium';
import type { MessageType, RequestOf, ResponseOf } from '../src/messaging/protocol';
import type { Result } from '../src/messaging/result';
import { EXTENSION_DIR } from './fixtures';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return [];
    return stat.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file of the profile that holds `needle` as UTF-8 or UTF-16LE. */
export function profileFilesContaining(profile: string, needle: string): string[] {
  const utf8 = Buffer.from(needle, 'utf8');
  const utf16 = Buffer.from(needle, 'utf16le');
  return filesUnder(profile).filter((file) => {
    const bytes = readFileSync(file);
    return bytes.includes(utf8) || bytes.includes(utf16);
  });
}

/** Each needle found in the profile, with the files that hold it (empty: none found). */
export function profileHits(profile: string, needles: string[]): Record<string, string[]> {
  const hits: Record<string, string[]> = {};
  for (const needle of needles) {
    const files = profileFilesContaining(profile, needle).map((file) => file.slice(profile.length + 1));
    if (files.length > 0) hits[needle] = files;
  }
  return hits;
}

/** Chromium with the built extension on a real user-data-dir (`profile`), which stays after close. */
export async function launchOnProfile(profile: string): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: extensionArgs(EXTENSION_DIR),
    viewport: { width: 400, height: 600 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Sends a typed message from `page` (an extension page), as the UI does. */
export function messenger(page: Page) {
  return async <T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> => {
    const reply: unknown = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
    return reply as Result<ResponseOf<T>>;
  };
}

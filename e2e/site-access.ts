/**
 * A person's own grant of a site to the extension, made where Chromium lets them make it:
 * chrome://extensions → Details → Site access → "On specific sites" → Add, then back to
 * "On all sites". The page's UI calls chrome.developerPrivate; so do these helpers, from that
 * page. Chromium keeps the site as granted by the user, but does not make it active until the
 * extension asks: permissions.contains stays false, and the extension's permissions.request for
 * exactly that site then resolves true without a prompt. So a test that relies on this grant
 * still fails if the product stops asking.
 */
import type { BrowserContext, Page } from '@playwright/test';

type HostAccess = 'ON_CLICK' | 'ON_SPECIFIC_SITES' | 'ON_ALL_SITES';
interface DeveloperPrivate {
  updateExtensionConfiguration(update: { extensionId: string; hostAccess: HostAccess }): Promise<void>;
  addHostPermission(extensionId: string, host: string): Promise<void>;
  removeHostPermission(extensionId: string, host: string): Promise<void>;
}
type Step = { call: 'hostAccess'; value: HostAccess } | { call: 'add' | 'remove'; value: string };

async function onExtensionsPage(context: BrowserContext, extensionId: string, steps: Step[]): Promise<void> {
  const page: Page = await context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${extensionId}`);
    await page.evaluate(
      async ([id, list]) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
        for (const step of list) {
          if (step.call === 'hostAccess') await api.updateExtensionConfiguration({ extensionId: id, hostAccess: step.value });
          else if (step.call === 'add') await api.addHostPermission(id, step.value);
          else await api.removeHostPermission(id, step.value);
        }
      },
      [extensionId, steps] as const,
    );
  } finally {
    await page.close();
  }
}

/** "On specific sites" → Add `pattern` → "On all sites": the site stays granted by the user. */
export function allowSite(context: BrowserContext, extensionId: string, pattern: string): Promise<void> {
  return onExtensionsPage(context, extensionId, [
    { call: 'hostAccess', value: 'ON_SPECIFIC_SITES' },
    { call: 'add', value: pattern },
    { call: 'hostAccess', value: 'ON_ALL_SITES' },
  ]);
}

/** Takes the site back, as its remove button on chrome://extensions does. */
export function removeSite(context: BrowserContext, extensionId: string, pattern: string): Promise<void> {
  return onExtensionsPage(context, extensionId, [{ call: 'remove', value: pattern }]);
}

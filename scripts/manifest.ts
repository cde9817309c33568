/** The manifest each browser gets: manifest.json as is for Chromium, adapted for Firefox. */
import baseManifest from '../manifest.json' with { type: 'json' };
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION, GECKO_ID } from './firefox.ts';

export type Target = 'chrome' | 'firefox';

export function manifestFor(target: Target) {
  return target === 'chrome' ? baseManifest : firefoxManifest();
}

export function firefoxManifest() {
  return {
    ...baseManifest,
    // Firefox MV3 runs background scripts as an event page, not a service worker.
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      // What leaves the browser, and only to the WebPOS API the merchant configured: the
      // client credentials (to get a token) and payment orders. store/PRIVACY.md says the same.
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['authenticationInfo', 'financialAndPaymentInfo'] } },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
    // Firefox plays sounds in the event page itself; it has no offscreen documents.
    permissions: baseManifest.permissions.filter((p) => p !== 'offscreen'),
    minimum_chrome_version: undefined,
  };
}

/** The manifest each browser gets: manifest.json as is for Chromium, adapted for Firefox. */
import baseManifest from '../manifest.json' with { type: 'json' };
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION, GECKO_ID } from './firefox.ts';

export type Target = 'chrome' | 'firefox';

export function manifestFor(target: Target) {
  return target === 'chrome' ? baseManifest : firefoxManifest();
}

/**
 * The id Chromium gives the unpacked build, fixed by the manifest's `key` (the public half of
 * a key pair made once; the private half was thrown away, as no .crx is ever signed with it).
 */
export const UNPACKED_CHROMIUM_ID = 'jnbongdoaefejcmeieinmofclmjbjnlm';

/** The Chrome Web Store refuses a `key` in an upload: the store gives the published item its own id. */
export function storeManifest(manifest: Record<string, unknown>): Record<string, unknown> {
  const { key: _key, ...rest } = manifest;
  return rest;
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
    // Firefox knows the add-on by its gecko id and reads policies.json without a schema.
    key: undefined,
    storage: undefined,
  };
}

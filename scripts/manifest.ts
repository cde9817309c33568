/** The manifest each browser gets: manifest.json as is for Chromium, adapted for Firefox and for the stores. */
import baseManifest from '../manifest.json' with { type: 'json' };
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION, GECKO_ID } from './firefox.ts';

export type Target = 'chrome' | 'firefox';
/** `dev`: what `npm run build`, `npm start` and the tests load. `store`: what `npm run package` zips. */
export type Flavour = 'dev' | 'store';

/** The flavour a build makes: `npm run package` sets WEBPOS_FLAVOUR=store. */
export function flavourFromEnv(env: Record<string, string | undefined>): Flavour {
  return env.WEBPOS_FLAVOUR === 'store' ? 'store' : 'dev';
}

export function manifestFor(target: Target, flavour: Flavour = 'dev') {
  const manifest = target === 'chrome' ? chromeManifest() : firefoxManifest();
  return flavour === 'store' ? { ...manifest, ...storeHosts() } : manifest;
}

/** Plain http to this machine: granted at install in development builds only. */
const LOOPBACK_PATTERN = /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])\//;

/**
 * The local sandbox's hosts a store package may ask for at run time. No port in a match pattern
 * covers every port. Not `http://[::1]/*`: both browsers take it, but the sandbox listens on
 * 127.0.0.1 and `npm start` writes that address, so one more host would only widen the prompt.
 */
export const LOCAL_SANDBOX_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/**
 * Store packages: nothing but the two WebPOS hosts granted at install. Any other https host,
 * and the local sandbox on this computer, are optional: the options page asks for the one host
 * when it is saved or tested (permissions.request only grants what the manifest lists). No
 * pattern for plain http to any other host: a store package never talks to one.
 */
export function storeHosts() {
  return {
    host_permissions: baseManifest.host_permissions.filter((pattern) => !LOOPBACK_PATTERN.test(pattern)),
    optional_host_permissions: [...baseManifest.optional_host_permissions.filter((pattern) => pattern.startsWith('https://')), ...LOCAL_SANDBOX_PATTERNS],
  };
}

export function chromeManifest() {
  return baseManifest;
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
  const { side_panel: _chromeOnly, ...shared } = baseManifest;
  return {
    ...shared,
    // Firefox MV3 runs background scripts as an event page, not a service worker.
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      // What leaves the browser, and only to the WebPOS API the merchant configured: the
      // client credentials (to get a token) and payment orders. store/PRIVACY.md says the same.
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['authenticationInfo', 'financialAndPaymentInfo'] } },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
    // Firefox's side panel is the sidebar; it opens by its own command, _execute_sidebar_action.
    sidebar_action: {
      default_panel: baseManifest.side_panel.default_path,
      default_title: '__MSG_ext_action_title__',
      default_icon: baseManifest.action.default_icon,
      open_at_install: false,
    },
    commands: {
      _execute_action: baseManifest.commands._execute_action,
      _execute_sidebar_action: { description: baseManifest.commands['open-side-panel'].description },
    },
    // Firefox plays sounds in the event page itself; it has no offscreen documents; no sidePanel API.
    permissions: baseManifest.permissions.filter((p) => p !== 'offscreen' && p !== 'sidePanel'),
    minimum_chrome_version: undefined,
    // Firefox knows the add-on by its gecko id and reads policies.json without a schema.
    key: undefined,
    storage: undefined,
  };
}

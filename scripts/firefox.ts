import { existsSync } from 'node:fs';

/** The add-on id AMO and Firefox know the extension by (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'webpos-counter@webpos-counter.dev';
/** Desktop minimum: Firefox ESR 140. tests/compat proves no API or key the build uses is newer. */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android learnt data_collection_permissions in 142, so Android starts there. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Debian's Firefox ESR, or FIREFOX_PATH. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`Firefox not found at ${path}. Install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  return path;
}

/** The two policy files IT writes, as data: Chromium's managed policy JSON and Firefox's policies.json. */
import { GECKO_ID } from '../firefox.ts';

/** Chrome/Chromium: `/etc/opt/chrome/policies/managed/*.json`, `/etc/chromium/policies/managed/*.json`. */
export function chromiumPolicyFile(extensionId: string, values: Record<string, unknown>, install?: { updateUrl: string }) {
  return {
    ...(install ? { ExtensionSettings: { [extensionId]: { installation_mode: 'force_installed', update_url: install.updateUrl } } } : {}),
    '3rdparty': { extensions: { [extensionId]: values } },
  };
}

/** Firefox: `policies.json` in the distribution folder (`/usr/lib/firefox-esr/distribution/` for Debian's ESR). */
export function firefoxPolicyFile(values: Record<string, unknown>, install?: { url: string }) {
  return {
    policies: {
      ...(install ? { ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: install.url } } } : {}),
      '3rdparty': { Extensions: { [GECKO_ID]: values } },
    },
  };
}

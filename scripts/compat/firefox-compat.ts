/**
 * Looks features up in MDN's browser-compat-data: in which Firefox (desktop and
 * Android) each WebExtension API and manifest key first shipped.
 */
import bcd, { type CompatStatement, type Identifier, type SimpleSupportStatement } from '@mdn/browser-compat-data';

export type FirefoxBrowser = 'firefox' | 'firefox_android';

/** The first Firefox version with the feature on by default, or null when it has none. */
export function firstVersion(compat: CompatStatement | undefined, browser: FirefoxBrowser): number | null {
  const support = compat?.support[browser];
  const statements: SimpleSupportStatement[] = support === undefined ? [] : Array.isArray(support) ? support : [support];
  const current = statements.find((s) => !s.flags && !s.version_removed && !s.prefix && !s.alternative_name);
  if (!current || typeof current.version_added !== 'string') return null;
  const version = Number.parseFloat(current.version_added.replace('≤', ''));
  return Number.isFinite(version) ? version : null;
}

function at(root: Identifier | undefined, path: string[]): Identifier | undefined {
  let node: Identifier | undefined = root;
  for (const part of path) node = node?.[part];
  return node;
}

/** `api` as 'storage.session' or 'devtools.panels.create'. */
export function apiCompat(api: string): CompatStatement | undefined {
  return at(bcd.webextensions.api, api.split('.'))?.__compat;
}

export interface ManifestKey {
  path: string;
  compat: CompatStatement | undefined;
}

/** Every key of the manifest that browser-compat-data knows, top level always (undefined compat if unknown). */
export function manifestKeys(manifest: Record<string, unknown>): ManifestKey[] {
  const keys: ManifestKey[] = [];
  const walk = (value: Record<string, unknown>, path: string[]) => {
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const keyPath = [...path, key];
      const node = at(bcd.webextensions.manifest, keyPath);
      if (node || path.length === 0) keys.push({ path: keyPath.join('.'), compat: node?.__compat });
      if (node && child !== null && typeof child === 'object' && !Array.isArray(child)) walk(child as Record<string, unknown>, keyPath);
    }
  };
  walk(manifest, []);
  return keys;
}

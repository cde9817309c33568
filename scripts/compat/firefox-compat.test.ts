/**
 * Proves strict_min_version: every WebExtension API the code calls and every
 * manifest key the Firefox build declares shipped in Firefox ESR 140 (desktop)
 * and Firefox for Android 142, by MDN's browser-compat-data.
 */
import { describe, expect, it } from 'vitest';
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION } from '../firefox';
import { firefoxManifest } from '../manifest';
import { scanApiUsage } from './api-usage';
import { apiCompat, firstVersion, manifestKeys, type FirefoxBrowser } from './firefox-compat';

/** Features one Firefox lacks, and why the extension is fine without them there. */
const ABSENT: Record<FirefoxBrowser, Record<string, string>> = {
  firefox: {
    'browser_specific_settings.gecko_android': 'settings for Android only; desktop Firefox reads gecko and ignores this key.',
  },
  firefox_android: {
    'devtools.panels': 'Android has no developer tools, so the devtools page that calls it never loads.',
    'devtools.panels.create': 'Android has no developer tools, so the devtools page that calls it never loads.',
    devtools_page: 'ignored on Android; the verifier panel is a desktop tool.',
    'windows.create': 'notifier.ts and src/ui/display-window.ts open a tab instead when windows is missing.',
    'storage.managed': 'Android has no enterprise policies; policy-source.ts reads a missing or failing managed area as no policy.',
    'windows.getCurrent': 'src/ui/display-window.ts: without windows the display is a tab, with no window to bring forward.',
    'windows.update': 'src/ui/display-window.ts: without windows the display is a tab, with no window to bring forward.',
    'commands.getAll': 'src/options/ShortcutCard.tsx shows no shortcuts when commands is missing.',
    'commands.onCommand': 'background/index.ts listens only when commands exists; Android has no keyboard shortcuts.',
    commands: 'ignored on Android, which has no keyboard shortcuts; the popup opens from the menu.',
    'commands._execute_action': 'ignored on Android, which has no keyboard shortcuts.',
    'commands._execute_sidebar_action': 'ignored on Android, which has no keyboard shortcuts nor sidebar.',
    sidebar_action: 'ignored on Android, which has no sidebar; the popup (src/popup/side-panel.ts hides its side panel button).',
    'sidebar_action.default_panel': 'ignored on Android, which has no sidebar.',
    'sidebar_action.default_title': 'ignored on Android, which has no sidebar.',
    'sidebar_action.default_icon': 'ignored on Android, which has no sidebar.',
    'sidebar_action.open_at_install': 'ignored on Android, which has no sidebar.',
  },
};

const minimum: Record<FirefoxBrowser, number> = {
  firefox: Number.parseFloat(FIREFOX_MIN_VERSION),
  firefox_android: Number.parseFloat(FIREFOX_ANDROID_MIN_VERSION),
};

function tooNew(features: { name: string; compat: Parameters<typeof firstVersion>[0] }[], browser: FirefoxBrowser): string[] {
  const problems: string[] = [];
  for (const { name, compat } of features) {
    if (!compat) {
      problems.push(`${name}: not in browser-compat-data`);
      continue;
    }
    const since = firstVersion(compat, browser);
    if (since === null && ABSENT[browser][name]) continue;
    if (since === null) problems.push(`${name}: not supported in ${browser}`);
    else if (since > minimum[browser]) problems.push(`${name}: needs ${browser} ${since}, minimum is ${minimum[browser]}`);
  }
  return problems;
}

describe('Firefox minimum versions', () => {
  const usage = scanApiUsage(process.cwd());
  const apis = [...usage.apis.keys()].sort().map((name) => ({ name, compat: apiCompat(name) }));
  const keys = manifestKeys(firefoxManifest() as Record<string, unknown>).map(({ path, compat }) => ({ name: path, compat }));

  it('finds the APIs the code calls, including ones reached through a passed-on namespace', () => {
    const names = apis.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['runtime.onMessage', 'runtime.sendMessage', 'storage.session', 'alarms.create', 'devtools.panels.create', 'action.setBadgeText']));
    // The `chrome` global is typed from Chromium's declarations: code using it would escape this check.
    expect(usage.chromeGlobal).toEqual([]);
  });

  it(`uses no API newer than Firefox ${FIREFOX_MIN_VERSION} or Firefox for Android ${FIREFOX_ANDROID_MIN_VERSION}`, () => {
    expect(tooNew(apis, 'firefox')).toEqual([]);
    expect(tooNew(apis, 'firefox_android')).toEqual([]);
  });

  it('declares no manifest key newer than the minimums', () => {
    expect(keys.map((k) => k.name)).toEqual(expect.arrayContaining(['background.type', 'browser_specific_settings.gecko.data_collection_permissions']));
    expect(tooNew(keys, 'firefox')).toEqual([]);
    expect(tooNew(keys, 'firefox_android')).toEqual([]);
  });

  it('the minimums are tight: the newest feature used sets the desktop minimum, and Android 142 is needed', () => {
    const newest = (browser: FirefoxBrowser) => Math.max(...[...apis, ...keys].map((f) => firstVersion(f.compat, browser) ?? 0));
    expect(newest('firefox')).toBe(minimum.firefox);
    expect(newest('firefox_android')).toBe(minimum.firefox_android);
  });
});

/**
 * The side panel's page in the build under test, when the build has one (`side_panel.default_path`
 * in Chromium's manifest): figures 1 and 9 then time it beside the popup, the same way.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function sidePanelPath(extensionDir: string): Promise<string | null> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as { side_panel?: { default_path?: unknown } };
  const path = manifest.side_panel?.default_path;
  return typeof path === 'string' && path !== '' ? path.replace(/^\//, '') : null;
}

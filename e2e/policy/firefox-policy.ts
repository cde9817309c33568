/**
 * Firefox's policies.json for this add-on only (`3rdparty.Extensions.<gecko id>`), in the
 * distribution folder Firefox reads at start. There is one such file per machine: it is
 * created exclusively (never over someone else's) and removed when the test ends. Needs root.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firefoxPolicyFile } from '../../scripts/policy/example-files';

export const FIREFOX_POLICY_DIR = process.env.FIREFOX_POLICY_DIR ?? '/usr/lib/firefox-esr/distribution';

export async function withFirefoxPolicy(values: Record<string, unknown>, run: () => Promise<void>): Promise<void> {
  const path = join(FIREFOX_POLICY_DIR, 'policies.json');
  try {
    writeFileSync(path, JSON.stringify(firefoxPolicyFile(values), null, 2), { flag: 'wx' });
  } catch (error) {
    throw new Error(`cannot write ${path} (another policies.json is there, or not root)`, { cause: error });
  }
  try {
    await run();
  } finally {
    rmSync(path, { force: true });
  }
}

/**
 * A managed policy for this test's extension only, in Chromium's machine-wide policy folder
 * (`3rdparty.extensions.<id>`, never a browser-wide policy: other Chromiums run on this machine).
 * Needs root; the file goes when the test ends, whatever happened.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPolicyFile } from '../../scripts/policy/example-files';

export const CHROMIUM_POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** The file this test process writes for `extensionId`; rewrite it with `writeChromiumPolicy` to change the policy mid-test. */
export const chromiumPolicyPath = (extensionId: string) => join(CHROMIUM_POLICY_DIR, `webpos-counter-e2e-${extensionId}-${process.pid}.json`);

export function writeChromiumPolicy(extensionId: string, values: Record<string, unknown>): void {
  writeFileSync(chromiumPolicyPath(extensionId), JSON.stringify(chromiumPolicyFile(extensionId, values), null, 2));
}

export async function withChromiumPolicy(extensionId: string, values: Record<string, unknown>, run: () => Promise<void>): Promise<void> {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const path = chromiumPolicyPath(extensionId);
  writeChromiumPolicy(extensionId, values);
  try {
    await run();
  } finally {
    rmSync(path, { force: true });
  }
}

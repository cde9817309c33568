/**
 * A store package's build, as `npm run package` makes it (WEBPOS_FLAVOUR=store, production),
 * into a folder of its own: the store-hosts specs load it instead of the development build.
 * Unpacked, the Chromium build keeps the manifest's `key`, so its id is still UNPACKED_CHROMIUM_ID.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Target } from '../scripts/manifest';

export function buildStorePackage(target: Target): string {
  const outDir = mkdtempSync(join(tmpdir(), `webpos-e2e-store-${target}-`));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', ...(target === 'firefox' ? ['--mode', 'firefox'] : [])], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', WEBPOS_FLAVOUR: 'store', EXT_OUT_DIR: outDir },
  });
  return outDir;
}

export interface HostPermissions {
  host_permissions: string[];
  optional_host_permissions: string[];
}

export function builtHosts(extensionDir: string): HostPermissions {
  const { host_permissions, optional_host_permissions } = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as HostPermissions;
  return { host_permissions, optional_host_permissions };
}

/** What the store manifests hold (scripts/manifest.test.ts checks the source of it). */
export const STORE_HOSTS: HostPermissions = {
  host_permissions: ['https://api.webpos.chainside.net/*', 'https://api.sandbox.webpos.chainside.net/*'],
  optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
};

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the Chromium extension once per run into a private folder, so that
 * parallel runs never rebuild dist/ under each other's feet. `npm test` has
 * just built dist/ and sets E2E_SKIP_BUILD=1 to test exactly that build.
 */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const outDir = mkdtempSync(join(tmpdir(), 'webpos-e2e-'));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, EXT_OUT_DIR: outDir },
  });
  process.env.E2E_EXTENSION_DIR = outDir;
}

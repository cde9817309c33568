import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the Firefox extension once per run into a private folder, as e2e/global-setup.ts
 * does for Chromium. `npm test` has just built dist-firefox/ and sets E2E_SKIP_BUILD=1.
 */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const outDir = mkdtempSync(join(tmpdir(), 'webpos-e2e-firefox-'));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--mode', 'firefox'], {
    stdio: 'inherit',
    env: { ...process.env, EXT_OUT_DIR: outDir },
  });
  process.env.E2E_FIREFOX_EXTENSION_DIR = outDir;
}

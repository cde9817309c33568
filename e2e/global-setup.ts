import { execFileSync } from 'node:child_process';

/** Builds the Chromium extension once per run, unless the caller has just built it. */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}

/** For the package tests: `npm run sdk:pack` into a temp folder, installed into an empty app folder. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const run = promisify(execFile);

export interface PackedApp {
  /** An empty project with the tarball installed (as a user would). */
  app: string;
  tarball: string;
  /** What sdk:pack printed. */
  output: string;
}

export async function packAndInstall(): Promise<PackedApp> {
  const work = mkdtempSync(join(tmpdir(), 'webpos-sdk-pack-'));
  const app = join(work, 'app');
  const { stdout } = await run('npm', ['run', '--silent', 'sdk:pack', '--', '--out', join(work, 'build'), '--install', app], {
    cwd: repoRoot,
    timeout: 240_000,
  });
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' })}\n`);
  const tarball = stdout.trim().split('\n').at(-1) ?? '';
  return { app, tarball, output: stdout };
}

/** Installs more packages into the app (from the npm cache when it has them). */
export async function installInto(app: string, ...specs: string[]): Promise<void> {
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', ...specs], { cwd: app, timeout: 240_000 });
}

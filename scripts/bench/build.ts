/** Builds the Chromium extension into a temporary folder of the bench's own (never dist/). */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');

export async function buildExtension(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'webpos-bench-ext-'));
  try {
    await run('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, EXT_OUT_DIR: outDir, FORCE_COLOR: '0' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`vite build failed:\n${e.stderr ?? ''}${e.stdout ?? ''}`.trim(), { cause: error });
  }
  return outDir;
}

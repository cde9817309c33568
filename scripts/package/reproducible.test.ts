/**
 * AMO rebuilds the add-on from the source archive and compares: the archive,
 * unpacked in another folder and built there, must give dist-firefox/ byte for
 * byte, and packing the same files twice must give the same zip.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceArchive, sourceFiles } from './source-archive';
import { listFiles, zipDirectory } from './zip';

const root = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'webpos-reproducible-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** As `npx vite build --mode firefox` runs in a shell: vitest's NODE_ENV=test would make a dev build with file paths in it. */
function buildFirefox(cwd: string, outDir: string): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--mode', 'firefox'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, EXT_OUT_DIR: outDir },
  });
}

describe('reproducible Firefox package', () => {
  it('the source archive holds the build inputs, the lock file and SOURCE.md, and nothing built', () => {
    const files = sourceFiles(root);
    expect(files).toEqual(expect.arrayContaining(['SOURCE.md', 'package-lock.json', 'vite.config.ts', 'manifest.json', 'src/background/index.ts', 'public/icons/icon-128.png']));
    expect(files.filter((f) => /^(node_modules|dist|dist-firefox|packages)\//.test(f) || f.includes('/node_modules/'))).toEqual([]);
  });

  it('unpacked elsewhere and built there, it gives the same bytes as a build here', { timeout: 240_000 }, () => {
    const here = join(work, 'here');
    buildFirefox(root, here);

    const unpacked = join(work, 'unpacked');
    for (const [path, bytes] of Object.entries(unzipSync(sourceArchive(root).zip))) {
      mkdirSync(dirname(join(unpacked, path)), { recursive: true });
      writeFileSync(join(unpacked, path), bytes);
    }
    // The same dependencies npm ci installs from the lock file, without the download.
    symlinkSync(join(root, 'node_modules'), join(unpacked, 'node_modules'), 'dir');
    const there = join(unpacked, 'dist-firefox');
    buildFirefox(unpacked, there);

    const files = listFiles(here);
    expect(files.length).toBeGreaterThan(10);
    expect(listFiles(there)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(here, f)).equals(readFileSync(join(there, f))));
    expect(differing).toEqual([]);
    // Zipping is deterministic too: the two builds, packed apart in time, are the same zip.
    expect(Buffer.from(zipDirectory(there).zip).equals(Buffer.from(zipDirectory(here).zip))).toBe(true);
  });

  it('zip entries are sorted and carry one fixed date', () => {
    const entries = Object.keys(unzipSync(sourceArchive(root).zip));
    expect(entries).toEqual([...entries].sort());
  });
});

/**
 * The source archive AMO asks for when the add-on's code is bundled: everything
 * `vite build --mode firefox` reads, the lock file, and SOURCE.md with the steps.
 * Built from the working tree, so it is the source of the dist-firefox/ beside it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deterministicZip, listFiles } from './zip';

/** Top-level files and folders the build reads (plus the README for reviewers). */
export const SOURCE_ROOTS = ['SOURCE.md', 'README.md', 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts', 'manifest.json', 'src', 'public', 'scripts'];

const LEFT_OUT = /(^|\/)(node_modules|dist|dist-firefox|packages|test-results)(\/|$)|\.log$/;

export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  for (const entry of SOURCE_ROOTS) {
    const path = join(root, entry);
    if (!existsSync(path)) throw new Error(`source archive: ${entry} is missing`);
    if (statSync(path).isFile()) files.push(entry);
    else files.push(...listFiles(path, (rel) => LEFT_OUT.test(rel)).map((rel) => `${entry}/${rel}`));
  }
  return files.sort();
}

export function sourceArchive(root: string): { zip: Uint8Array; count: number } {
  const files: Record<string, Uint8Array> = {};
  for (const path of sourceFiles(root)) files[path] = readFileSync(join(root, path));
  return { zip: deterministicZip(files), count: Object.keys(files).length };
}

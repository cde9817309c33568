/**
 * Zips that are the same bytes every time for the same files: entries sorted by
 * path, one fixed timestamp, no extra fields. fflate writes DOS times from the
 * Date's local fields, so the fixed Date is built from local fields too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

const FIXED_MTIME = new Date(1980, 0, 2, 0, 0, 0);

/** Files under `dir`, depth first, by sorted name, as paths relative to `dir` with '/'. */
export function listFiles(dir: string, skip: (path: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (skip(rel)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.push(rel);
    }
  };
  walk(dir);
  return out;
}

/** `files` maps archive path → bytes; they are written in sorted path order. */
export function deterministicZip(files: Record<string, Uint8Array>): Uint8Array {
  const sorted: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const path of Object.keys(files).sort()) sorted[path] = [files[path] as Uint8Array, { mtime: FIXED_MTIME }];
  return zipSync(sorted, { level: 9, mtime: FIXED_MTIME });
}

/** `rewrite` may change a file's bytes on the way into the zip (the store manifest drops `key`). */
export function zipDirectory(dir: string, rewrite: (path: string, bytes: Uint8Array) => Uint8Array = (_path, bytes) => bytes): { zip: Uint8Array; count: number } {
  const files: Record<string, Uint8Array> = {};
  for (const path of listFiles(dir)) files[path] = rewrite(path, readFileSync(join(dir, path)));
  return { zip: deterministicZip(files), count: Object.keys(files).length };
}

/** The repository stands alone: no file points at material outside it. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
// `../shared` alone or with the reference material's own names; src/shared/ (code) is ours.
const OUTSIDE = /\/work\/|\.\.\/shared(?:\/(?:webpos-api|design\.md|seed|test-vectors|hooks)|(?![\w/]))|\bshared\/(?:seed|test-vectors)|webpos-api\.md|shared reference material/;

describe('repository', () => {
  it('no tracked text file refers to files outside the repository', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter((f) => /\.(ts|tsx|js|mjs|json|md|html|css|yml|sh)$|^\.ci\//.test(f));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => f !== 'scripts/standalone.test.ts' && f !== 'package-lock.json' && OUTSIDE.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

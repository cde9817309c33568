/** Issue 19.6: the SDK is typechecked without extension or DOM types, and lint refuses chrome/browser in it. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

describe('src/sdk boundaries', () => {
  it('has its own tsconfig with neither chrome/webextension types nor the DOM library or JSX', () => {
    const config = JSON.parse(readFileSync(join(import.meta.dirname, 'tsconfig.json'), 'utf8')) as {
      extends?: string;
      compilerOptions: { types: string[]; lib: string[]; jsx?: string };
    };
    expect(config.extends).toBeUndefined();
    expect(config.compilerOptions.types).toEqual(['node']);
    expect(config.compilerOptions.lib.map((l) => l.toLowerCase())).not.toContain('dom');
    expect(config.compilerOptions.jsx).toBeUndefined();
  });

  it('lint reports chrome and browser globals in SDK code, tests included', async () => {
    const eslint = new ESLint({ cwd: root });
    for (const file of ['src/sdk/client.ts', 'src/sdk/client.test.ts']) {
      const config = (await eslint.calculateConfigForFile(join(root, file))) as { rules: Record<string, unknown[]> };
      const restricted = (config.rules['no-restricted-globals'] ?? []).slice(1) as { name: string }[];
      expect(restricted.map((r) => r.name), file).toEqual(expect.arrayContaining(['chrome', 'browser']));
    }
  });
});

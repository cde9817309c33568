import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages, placeholderCount, readCatalogue, substitute } from './catalogue';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const code = [...sourceFiles(resolve(ROOT, 'src')), resolve(ROOT, 'manifest.json'), resolve(ROOT, 'scripts', 'manifest.ts')]
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

function usedInCode(key: string): boolean {
  const quoted = (name: string) => code.includes(`'${name}'`) || code.includes(`"${name}"`) || code.includes(`\`${name}\``);
  if (quoted(key) || code.includes(`__MSG_${key}__`)) return true;
  const family = key.replace(PLURAL_SUFFIX, '');
  return family !== key && quoted(family);
}

const english = readCatalogue('en');
const catalogues = new Map(languages().map((language) => [language, readCatalogue(language)]));

describe('the _locales catalogues', () => {
  it('are English and Italian, English the default', () => {
    expect([...catalogues.keys()]).toEqual(['en', 'it']);
    expect(JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')).default_locale).toBe('en');
  });

  it.each([...catalogues.keys()])('%s has every key the other has, and no other', (language) => {
    const keys = Object.keys(catalogues.get(language) ?? {});
    for (const [other, catalogue] of catalogues) {
      const missing = Object.keys(catalogue).filter((key) => !keys.includes(key));
      expect(missing, `keys in ${other} missing from ${language}`).toEqual([]);
    }
  });

  it.each([...catalogues.keys()])('%s has a non-empty message for every key, with the placeholders of the English one', (language) => {
    for (const [key, entry] of Object.entries(catalogues.get(language) ?? {})) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(placeholderCount(entry.message), `${language} ${key}`).toBe(placeholderCount(english[key]?.message ?? ''));
    }
  });

  it.each([...catalogues.keys()])('%s keeps its keys sorted, valid and unique regardless of case', (language) => {
    const keys = Object.keys(catalogues.get(language) ?? {});
    expect(keys).toEqual([...keys].sort());
    for (const key of keys) expect(key).toMatch(/^[a-z0-9_]+$/);
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
  });

  it('has no key that no code uses', () => {
    expect(Object.keys(english).filter((key) => !usedInCode(key))).toEqual([]);
  });

  it('gives every counted phrase a "one" and an "other" form', () => {
    const families = new Set(Object.keys(english).filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
    for (const family of families) {
      for (const [language, catalogue] of catalogues) {
        expect(catalogue[`${family}_one`], `${language} ${family}_one`).toBeDefined();
        expect(catalogue[`${family}_other`], `${language} ${family}_other`).toBeDefined();
      }
    }
  });

  it('names in the manifest only keys that exist', () => {
    const manifestKeys = [...readFileSync(resolve(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] ?? '');
    expect(manifestKeys.length).toBeGreaterThan(0);
    for (const key of manifestKeys) expect(english[key], key).toBeDefined();
  });
});

describe('substitute', () => {
  it('fills $1…$9 and unescapes $$ as the browsers do', () => {
    expect(substitute('$1 of $2 cost $$3', ['7', '9'])).toBe('7 of 9 cost $3');
  });
});

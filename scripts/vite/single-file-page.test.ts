import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleFromEmitted, entryScript, pointPageAt, type PageFile } from './single-file-page';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <title>WebPOS Counter</title>
    <script type="module" crossorigin src="/assets/index.html-AAAA.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/pages-BBBB.js">
    <link rel="modulepreload" crossorigin href="/assets/core-CCCC.js">
    <link rel="stylesheet" crossorigin href="/assets/index-DDDD.css">
  </head>
  <body><div id="app"></div></body>
</html>
`;

describe('single-file page', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('finds the page’s module script', () => {
    expect(entryScript(PAGE)).toBe('assets/index.html-AAAA.js');
  });

  it('refuses a page with no module script, or several', () => {
    expect(() => entryScript('<html><body></body></html>')).toThrow(/expected one module script, found 0/);
    const two = PAGE.replace('<link rel="stylesheet"', '<script type="module" src="/assets/other.js"></script><link rel="stylesheet"');
    expect(() => entryScript(two)).toThrow(/found 2/);
  });

  it('points the page at the single file and drops the preloads of what it now holds', () => {
    const html = pointPageAt(PAGE, 'assets/index.html-AAAA.js', 'assets/popup-EEEE.js');
    expect(html).toContain('<script type="module" crossorigin src="/assets/popup-EEEE.js"></script>');
    expect(html).not.toContain('index.html-AAAA.js');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-DDDD.css">');
  });

  it('bundles an entry and the chunks it imports, from their emitted code, into one module that runs the same', async () => {
    const code = new Map([
      ['assets/index.html-AAAA.js', `import { greet as g } from './pages-BBBB.js';\nimport { n } from './core-CCCC.js';\nexport const result = g(n);\n`],
      ['assets/pages-BBBB.js', `import { n } from './core-CCCC.js';\nexport const greet = (x) => 'paid ' + (x + n);\nexport const unused = () => 'dropped';\n`],
      ['assets/core-CCCC.js', `export const n = 21;\n`],
      ['assets/panel-FFFF.js', `export const other = 'not imported by the page';\n`],
    ]);
    const files = await bundleFromEmitted('assets/index.html-AAAA.js', code, 'popup');
    expect(files).toHaveLength(1);
    const merged = files[0]!.code;
    expect(files[0]!.fileName).toMatch(/^popup-[\w-]+\.js$/);
    expect(merged).not.toMatch(/\bimport\b/);
    expect(merged).not.toContain('not imported by the page');
    dir = await mkdtemp(join(tmpdir(), 'single-file-'));
    const file = join(dir, 'popup.mjs');
    await writeFile(file, merged);
    const loaded = (await import(pathToFileURL(file).href)) as { result: string };
    expect(loaded.result).toBe('paid 42');
  });

  it('fails the build when the page imports something the build did not emit', async () => {
    const code = new Map([['assets/index.html-AAAA.js', `import { x } from './missing.js';\nexport default x;\n`]]);
    await expect(bundleFromEmitted('assets/index.html-AAAA.js', code, 'popup')).rejects.toThrow(/imports \.\/missing\.js, which the build did not emit/);
  });

  it('gives each dynamically imported part a file of its own that takes what it shares from the page’s file', async () => {
    const code = new Map([
      ['assets/index.html-AAAA.js', `import { n } from './core-CCCC.js';\nexport const later = () => import('./OrderView-BBBB.js').then((m) => m.view(n));\n`],
      ['assets/OrderView-BBBB.js', `import { n } from './core-CCCC.js';\nexport const view = (x) => 'qr ' + (x + n);\n`],
      ['assets/core-CCCC.js', `export const n = 21;\n`],
    ]);
    const files = await bundleFromEmitted('assets/index.html-AAAA.js', code, 'popup');
    expect(files).toHaveLength(2);
    const [page, part] = files as [PageFile, PageFile];
    expect(page.code).not.toMatch(/\bimport\s*[{*]|\bfrom\s*["']/);
    expect(part.fileName).toMatch(/^popup-OrderView/);
    expect(page.code).toContain(`./${part.fileName}`);
    dir = await mkdtemp(join(tmpdir(), 'single-file-'));
    for (const file of files) await writeFile(join(dir, file.fileName), file.code);
    const loaded = (await import(pathToFileURL(join(dir, page.fileName)).href)) as { later: () => Promise<string> };
    expect(await loaded.later()).toBe('qr 42');
  });
});

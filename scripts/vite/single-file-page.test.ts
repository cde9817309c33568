import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rolldown';
import { bundleFromEmitted, dropUnreferenced, entryScript, pointPageAt, repointImporters } from './single-file-page';

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
      ['assets/index.html-AAAA.js', `import { greet as g } from './pages-BBBB.js';\nimport { n } from './core-CCCC.js';\nglobalThis.single = g(n);\n`],
      ['assets/pages-BBBB.js', `import { n } from './core-CCCC.js';\nexport const greet = (x) => 'paid ' + (x + n);\nexport const unused = () => 'dropped';\n`],
      ['assets/core-CCCC.js', `export const n = 21;\n`],
      ['assets/panel-FFFF.js', `export const other = 'not imported by the page';\n`],
    ]);
    const files = await bundleFromEmitted('assets/index.html-AAAA.js', code, 'popup');
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ isEntry: true, fileName: expect.stringMatching(/^assets\/popup-[\w-]+\.js$/) });
    const merged = files[0]!.code;
    expect(merged).not.toMatch(/\bimport\b/);
    expect(merged).not.toContain('not imported by the page');
    dir = await mkdtemp(join(tmpdir(), 'single-file-'));
    const file = join(dir, 'popup.js');
    await writeFile(file, merged);
    await import(pathToFileURL(file).href);
    expect((globalThis as unknown as { single: string }).single).toBe('paid 42');
  });

  it('fails the build when the page imports something the build did not emit', async () => {
    const code = new Map([['assets/index.html-AAAA.js', `import { x } from './missing.js';\nexport default x;\n`]]);
    await expect(bundleFromEmitted('assets/index.html-AAAA.js', code, 'popup')).rejects.toThrow(/imports \.\/missing\.js, which the build did not emit/);
  });

  it('keeps a dynamic import out of the page’s file: the lazy view is a file of its own that takes the shared code from the page', async () => {
    const code = new Map([
      ['assets/index.html-AAAA.js', `import { counter } from './pages-BBBB.js';\nglobalThis.page = { first: counter(), open: () => import('./Day-D1a2B3c4.js').then((m) => m.view()) };\n`],
      ['assets/pages-BBBB.js', `let n = 0;\nexport const counter = () => ++n;\n`],
      ['assets/Day-D1a2B3c4.js', `import { counter } from './pages-BBBB.js';\nexport const view = () => 'day view ' + counter();\n`],
    ]);
    const files = await bundleFromEmitted('assets/index.html-AAAA.js', code, 'popup');
    const entry = files.find((f) => f.isEntry)!;
    const lazy = files.filter((f) => !f.isEntry);
    expect(lazy).toHaveLength(1);
    expect(lazy[0]!.fileName).toMatch(/^assets\/popup-Day-[\w-]+\.js$/);
    expect(lazy[0]!.fileName).not.toContain('D1a2B3c4'); // named after the view, not the emitted file's hash
    expect(entry.code).not.toContain('day view');
    expect(entry.code).toContain(lazy[0]!.fileName.slice('assets/'.length));
    expect(lazy[0]!.code).toContain(entry.fileName.slice('assets/'.length));
    dir = await mkdtemp(join(tmpdir(), 'single-file-'));
    await mkdir(join(dir, 'assets'));
    for (const f of files) await writeFile(join(dir, f.fileName), f.code);
    await import(pathToFileURL(join(dir, entry.fileName)).href);
    const loaded = (globalThis as unknown as { page: { first: number; open: () => Promise<string> } }).page;
    expect(loaded.first).toBe(1);
    // One copy of the shared module: the lazy view counts on from the page's state.
    expect(await loaded.open()).toBe('day view 2');
  });

  it('drops the page’s old chunks no entry reaches, even when they import each other, and keeps what another page loads', () => {
    const chunk = (fileName: string, isEntry: boolean, imports: string[], dynamicImports: string[] = []) => ({ type: 'chunk', fileName, isEntry, imports, dynamicImports });
    const bundle = {
      'assets/day.js': chunk('assets/day.js', true, ['assets/pages.js']),
      'assets/pages.js': chunk('assets/pages.js', false, []),
      'assets/mount.js': chunk('assets/mount.js', false, ['assets/pages.js'], ['assets/OrderView.js']),
      'assets/OrderView.js': chunk('assets/OrderView.js', false, ['assets/mount.js']),
    } as unknown as OutputBundle;
    dropUnreferenced(bundle, new Set(['assets/mount.js', 'assets/OrderView.js', 'assets/pages.js']));
    expect(Object.keys(bundle).sort()).toEqual(['assets/day.js', 'assets/pages.js']);
  });

  it('points a chunk that loaded the page’s old entry (the crx loader) at the page’s single file', () => {
    const bundle = {
      'assets/sidepanel.html-a.js': { type: 'chunk', fileName: 'assets/sidepanel.html-a.js', isEntry: true, imports: ['assets/sidepanel-old.js'], dynamicImports: [], code: 'import"./sidepanel-old.js";import(`./sidepanel-old.js`);' },
      'assets/day.js': { type: 'chunk', fileName: 'assets/day.js', isEntry: true, imports: ['assets/pages.js'], dynamicImports: [], code: 'import"./pages.js";' },
    } as unknown as OutputBundle;
    repointImporters(bundle, 'assets/sidepanel-old.js', 'assets/sidepanel-new.js');
    const loader = bundle['assets/sidepanel.html-a.js'] as { code: string; imports: string[] };
    expect(loader.code).toBe('import"./sidepanel-new.js";import(`./sidepanel-new.js`);');
    expect(loader.imports).toEqual(['assets/sidepanel-new.js']);
    expect((bundle['assets/day.js'] as { code: string }).code).toBe('import"./pages.js";');
  });
});

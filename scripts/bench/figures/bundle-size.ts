/**
 * Figure 3: gzipped JS + CSS per entry. Follows each entry's import graph in the
 * built output — the HTML's scripts, module preloads and stylesheets, then every
 * static `import`/`export … from` of each JS file, and CSS files that JS names — so
 * a shared chunk counts toward every entry that loads it. Dynamic `import()`s are
 * followed too (they are code the entry can load): an entry that has some gets two rows,
 * what it loads at open (the budget) and that plus every on-demand part.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { row, type BenchOptions, type Figure, type FigureResult } from '../types';

interface Manifest {
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  background?: { service_worker?: string };
  devtools_page?: string;
}

const KB = 1024;
const BUDGET_KB: Record<string, number | undefined> = { popup: 35, panel: 35 };

/** Extension-root-relative path of a URL found in a file at `from` (also root-relative). */
function resolveRef(from: string, ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//') || ref.startsWith('data:')) return null;
  const clean = ref.split(/[?#]/)[0] ?? '';
  if (clean === '') return null;
  return clean.startsWith('/') ? clean.slice(1) : posix.normalize(posix.join(posix.dirname(from), clean));
}

function htmlRefs(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\brel="(stylesheet|modulepreload)"/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag);
    if (href) refs.push(href[1]!);
  }
  return refs;
}

function jsRefs(js: string): { statics: string[]; dynamics: string[]; assets: string[] } {
  const statics: string[] = [];
  const dynamics: string[] = [];
  const assets: string[] = [];
  for (const m of js.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+\.(?:js|mjs))["']/g)) statics.push(m[1]!);
  // Minified output quotes an import() with backticks.
  for (const m of js.matchAll(/\bimport\(\s*["'`]([^"'`]+\.(?:js|mjs))["'`]\s*\)/g)) dynamics.push(m[1]!);
  // vite's preload helper lists CSS (and chunks) of dynamic imports as root-relative strings.
  for (const m of js.matchAll(/["'](\/?assets\/[^"']+\.css)["']/g)) assets.push(m[1]!.startsWith('/') ? m[1]! : `/${m[1]!}`);
  return { statics, dynamics, assets };
}

interface EntrySize {
  files: string[];
  dynamicFiles: string[];
  jsBytes: number;
  cssBytes: number;
  gzipBytes: number;
  /** What the page loads before it runs: without its dynamic imports. */
  gzipAtOpen: number;
}

async function entrySize(root: string, entry: string): Promise<EntrySize> {
  const seen = new Set<string>();
  const dynamicFiles = new Set<string>();
  const queue: { path: string; dynamic: boolean }[] = [{ path: entry, dynamic: false }];
  let jsBytes = 0;
  let cssBytes = 0;
  let gzipBytes = 0;
  let gzipAtOpen = 0;
  while (queue.length) {
    const { path, dynamic } = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const bytes = await readFile(join(root, path));
    const text = bytes.toString('utf8');
    const push = (from: string, refs: string[], isDynamic: boolean) => {
      for (const ref of refs) {
        const target = resolveRef(from, ref);
        if (target && !seen.has(target)) queue.push({ path: target, dynamic: isDynamic });
      }
    };
    if (path.endsWith('.html')) {
      push(path, htmlRefs(text), false);
      continue;
    }
    if (dynamic) dynamicFiles.add(path);
    const gz = gzipSync(bytes, { level: 9 }).length;
    gzipBytes += gz;
    if (!dynamic) gzipAtOpen += gz;
    if (path.endsWith('.css')) cssBytes += bytes.length;
    else {
      jsBytes += bytes.length;
      const refs = jsRefs(text);
      push(path, refs.statics, dynamic);
      push(path, refs.dynamics, true);
      push(path, refs.assets, true);
    }
  }
  const files = [...seen].filter((f) => !f.endsWith('.html'));
  return { files, dynamicFiles: [...dynamicFiles], jsBytes, cssBytes, gzipBytes, gzipAtOpen };
}

export async function measureBundles(root: string): Promise<Map<string, EntrySize>> {
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const entries: [string, string | undefined][] = [
    ['popup', manifest.action?.default_popup],
    ['options', manifest.options_ui?.page],
    // The panel page is opened by devtools.panels.create(), so it is not named in the manifest.
    ['panel', manifest.devtools_page ? posix.join(posix.dirname(manifest.devtools_page), 'panel.html') : undefined],
    ['service worker', manifest.background?.service_worker],
  ];
  const sizes = new Map<string, EntrySize>();
  for (const [name, path] of entries) {
    if (!path) throw new Error(`manifest.json names no ${name} entry`);
    sizes.set(name, await entrySize(root, path));
  }
  return sizes;
}

export const bundleSize: Figure = {
  id: '3',
  title: 'Bundle size',
  browser: false,
  run: async ({ extensionDir, log }: BenchOptions): Promise<FigureResult[]> => {
    const sizes = await measureBundles(extensionDir);
    const results: FigureResult[] = [];
    for (const [name, size] of sizes) {
      log(`  ${name}: ${size.files.map((f) => relative(dirname(f), f)).join(', ')}`);
      const budget = BUDGET_KB[name];
      const raw = (size.jsBytes + size.cssBytes) / KB;
      const lazy = size.dynamicFiles.length;
      const note = `${size.files.length} files, ${raw.toFixed(1)} KB before gzip (JS ${(size.jsBytes / KB).toFixed(1)}, CSS ${(size.cssBytes / KB).toFixed(1)})`;
      const limit = budget === undefined ? null : { max: budget, on: 'value' as const };
      if (!lazy) {
        results.push(row({ id: '3', name: `Bundle ${name} (gzip JS+CSS)`, value: size.gzipBytes / KB, unit: 'KB', budget: limit, runs: 1, note }));
        continue;
      }
      // The budget is for what the page loads before its first frame; its on-demand parts come after it.
      results.push(
        row({
          id: '3',
          name: `Bundle ${name} at open (gzip JS+CSS)`,
          value: size.gzipAtOpen / KB,
          unit: 'KB',
          budget: limit,
          runs: 1,
          note: `${size.files.length - lazy} files loaded at open`,
        }),
        row({
          id: '3',
          name: `Bundle ${name} with every on-demand part`,
          value: size.gzipBytes / KB,
          unit: 'KB',
          budget: null,
          runs: 1,
          note: `${note}; incl. ${lazy} lazily imported file(s), fetched after the first frame or when their view is opened`,
        }),
      );
    }
    return results;
  },
};

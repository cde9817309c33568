import { posix } from 'node:path';
import { rolldown, type OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * Gives one page a single script: after the build, its entry chunk and the shared
 * chunks it imports are bundled again, from the emitted code, into one file, and the
 * page's HTML loads that instead (other pages keep the shared chunks). What the page
 * imports dynamically (a view opened later, such as the popup's close of day) stays out of
 * that file: it becomes files of the page's own, fetched only when the view is opened.
 *
 * An extension page fetches each chunk through the browser process and runs its
 * module script only once all have arrived; on a busy two-core machine the popup's
 * first paint came about 10 ms sooner with one script than with three (bench
 * figure 1, paired A/B over 45 rounds). The popup's lazy parts (src/popup/lazy/) are
 * fetched after its first frame.
 */
export function singleFilePage(htmlFileName: string, name: string): Plugin {
  return {
    name: 'single-file-page',
    apply: 'build',
    enforce: 'post',
    // After vite's own generateBundle, which writes what a dynamic import preloads (its CSS)
    // in place of a placeholder: the code bundled again must be the code vite finished.
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
      const html = bundle[htmlFileName];
      if (html?.type !== 'asset' || typeof html.source !== 'string') {
        throw new Error(`single-file-page: ${htmlFileName} is not in the build`);
      }
      const entry = entryScript(html.source);
      const code = new Map<string, string>();
      for (const file of Object.values(bundle)) if (file.type === 'chunk') code.set(file.fileName, file.code);
      const reached = reachable(bundle, entry);
      const files = await bundleFromEmitted(entry, code, name);
      for (const file of files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.code });
      const main = files.find((file) => file.isEntry);
      if (!main) throw new Error(`single-file-page: ${entry} gave no entry file`);
      html.source = pointPageAt(html.source, entry, main.fileName);
      // The old entry chunk was this page's alone; the shared chunks stay for the others, and
      // a chunk only this page's code loaded (a lazy view) is dropped once nothing loads it.
      delete bundle[entry];
      repointImporters(bundle, entry, main.fileName);
      dropUnreferenced(bundle, reached);
    } },
  };
}

/** Every chunk `entry` loads, statically or on demand. */
function reachable(bundle: OutputBundle, entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const chunk = bundle[file];
    if (seen.has(file) || chunk?.type !== 'chunk') continue;
    seen.add(file);
    queue.push(...chunk.imports, ...chunk.dynamicImports);
  }
  return seen;
}

/**
 * Deletes the chunks among `candidates` that no entry reaches any more. Reached from the
 * entries, not merely imported: the page's old shared chunk and its lazy views import each
 * other, so each would count as loaded by the other.
 */
export function dropUnreferenced(bundle: OutputBundle, candidates: ReadonlySet<string>): void {
  const live = new Set<string>();
  for (const file of Object.values(bundle)) {
    if (file.type === 'chunk' && file.isEntry) for (const reached of reachable(bundle, file.fileName)) live.add(reached);
  }
  for (const file of candidates) if (!live.has(file) && bundle[file]?.type === 'chunk') delete bundle[file];
}

/**
 * Chunks left that import the page's old entry chunk (the crx plugin's loader for a page the
 * manifest names, `sidepanel.html-*.js`) import the page's single file instead, so no file of
 * the build imports one that is gone.
 */
export function repointImporters(bundle: OutputBundle, entry: string, fileName: string): void {
  for (const file of Object.values(bundle)) {
    if (file.type !== 'chunk' || !file.imports.includes(entry)) continue;
    const from = posix.dirname(file.fileName);
    const specifier = (target: string) => {
      const path = posix.relative(from, target);
      return path.startsWith('.') ? path : `./${path}`;
    };
    const old = specifier(entry).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    file.code = file.code.replace(new RegExp(`(["'\`])${old}\\1`, 'g'), (_, quote: string) => `${quote}${specifier(fileName)}${quote}`);
    file.imports = file.imports.map((imported) => (imported === entry ? fileName : imported));
  }
}

/** The root-relative file of the page's module script (vite writes one per page). */
export function entryScript(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="\/([^"]+)"[^>]*><\/script>/g)];
  if (scripts.length !== 1 || !scripts[0]?.[1]) throw new Error(`single-file-page: expected one module script, found ${scripts.length}`);
  return scripts[0][1];
}

/** The page's HTML loading `fileName` instead of `entry`, with no module preloads left. */
export function pointPageAt(html: string, entry: string, fileName: string): string {
  return html
    .replace(`src="/${entry}"`, `src="/${fileName}"`)
    .replace(/[ \t]*<link\b[^>]*\brel="modulepreload"[^>]*>\r?\n?/g, '');
}

export interface BundledFile {
  fileName: string;
  code: string;
  /** The page's one script; the others are loaded on demand by its dynamic `import()`s. */
  isEntry: boolean;
}

/**
 * `entry` and every chunk it imports statically, from emitted code, as one ES module
 * (`assets/<name>-<hash>.js`); what it imports dynamically (a view opened later) stays out
 * of it, in files of its own (`assets/<name>-<chunk>-<hash>.js`) that take what they share
 * with the page from the page's file, so the page and its lazy views run one copy of each
 * module (one Preact).
 */
export async function bundleFromEmitted(entry: string, code: ReadonlyMap<string, string>, name = 'page'): Promise<BundledFile[]> {
  const build = await rolldown({
    input: entry,
    platform: 'browser',
    // A page's script exports nothing: code it shares with a lazy view may then join its file.
    preserveEntrySignatures: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'emitted-chunks',
        resolveId(source, importer) {
          const id = importer && source.startsWith('.') ? posix.normalize(posix.join(posix.dirname(importer), source)) : source;
          if (!code.has(id)) throw new Error(`single-file-page: ${importer ?? 'the page'} imports ${source}, which the build did not emit`);
          return id;
        },
        load(id) {
          return code.get(id) ?? null;
        },
      },
    ],
  });
  try {
    const { output } = await build.generate({
      format: 'esm', minify: true,
      entryFileNames: `assets/${name}-[hash].js`,
      // A part's name is its emitted file's (OrderView-a1B2c3D4): without that file's hash.
      chunkFileNames: (chunk) => `assets/${name}-${chunk.name.replace(/-[\w-]{8}$/, '')}-[hash].js`,
    });
    const chunks = output.filter((file) => file.type === 'chunk');
    const entries = chunks.filter((chunk) => chunk.isEntry);
    if (entries.length !== 1) throw new Error(`single-file-page: ${entry} bundled into ${entries.length} entry files`);
    // The point of it all: the page waits for no second script before it runs.
    if (entries[0]!.imports.length > 0) throw new Error(`single-file-page: ${entry} still imports ${entries[0]!.imports.join(', ')} before it runs`);
    return chunks.map((c) => ({ fileName: c.fileName, code: c.code, isEntry: c.isEntry }));
  } finally {
    await build.close();
  }
}

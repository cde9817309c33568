import { posix } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * Gives one page a single script: after the build, its entry chunk and the shared
 * chunks it imports are bundled again, from the emitted code, into one file, and the
 * page's HTML loads that instead (other pages keep the shared chunks).
 *
 * An extension page fetches each chunk through the browser process and runs its
 * module script only once all have arrived; on a busy two-core machine the popup's
 * first paint came about 10 ms sooner with one script than with three (bench
 * figure 1, paired A/B over 45 rounds). The page's lazily imported parts (`import()`)
 * become files of their own, fetched after the first frame (src/popup/lazy/).
 */
export function singleFilePage(htmlFileName: string, name: string): Plugin {
  return {
    name: 'single-file-page',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After vite's own generateBundle, which fills in what each dynamic import preloads.
      order: 'post',
      async handler(_options, bundle) {
        const html = bundle[htmlFileName];
        if (html?.type !== 'asset' || typeof html.source !== 'string') {
          throw new Error(`single-file-page: ${htmlFileName} is not in the build`);
        }
        const entry = entryScript(html.source);
        const code = new Map<string, string>();
        for (const file of Object.values(bundle)) if (file.type === 'chunk') code.set(file.fileName, file.code);
        const files = await bundleFromEmitted(entry, code, name);
        for (const file of files) this.emitFile({ type: 'asset', fileName: `assets/${file.fileName}`, source: file.code });
        html.source = pointPageAt(html.source, entry, `assets/${files[0]!.fileName}`);
        // The old entry chunk was this page's alone; the shared chunks stay for the others.
        delete bundle[entry];
      },
    },
  };
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

export interface PageFile {
  /** Within the assets folder, beside the shared chunks. */
  fileName: string;
  code: string;
}

/**
 * `entry` and every chunk it imports statically, from emitted code, as one ES module
 * (the first file); each dynamically imported part becomes a file of its own beside it,
 * importing what it shares with the page from that module.
 */
export async function bundleFromEmitted(entry: string, code: ReadonlyMap<string, string>, name: string): Promise<PageFile[]> {
  const build = await rolldown({
    input: entry,
    platform: 'browser',
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
      format: 'esm',
      minify: true,
      entryFileNames: `${name}-[hash].js`,
      // A part's name is its emitted file's (OrderView-a1B2c3D4): without that file's hash.
      chunkFileNames: (chunk) => `${name}-${chunk.name.replace(/-[\w-]{8}$/, '')}-[hash].js`,
    });
    const chunks = output.filter((file) => file.type === 'chunk');
    const main = chunks.find((file) => file.isEntry);
    if (!main) throw new Error(`single-file-page: ${entry} gave no entry chunk`);
    const parts = chunks.filter((file) => file !== main);
    // A part imported statically would be one more fetch before the first frame.
    const fetchedAtOnce = main.imports.filter((file) => parts.some((part) => part.fileName === file));
    if (fetchedAtOnce.length) throw new Error(`single-file-page: ${entry} would load ${fetchedAtOnce.join(', ')} before it runs`);
    return [main, ...parts].map((file) => ({ fileName: file.fileName, code: file.code }));
  } finally {
    await build.close();
  }
}


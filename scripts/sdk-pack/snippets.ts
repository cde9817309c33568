/**
 * The code blocks of the SDK's documents (src/sdk/README.md, docs/*.md), for the test that runs
 * each as a program. A block right after a line `<!-- snippet: partial, <reason> -->` (blank
 * lines between allowed) is a fragment on purpose: it is listed with its reason and not run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Snippet {
  /** Repository-relative path and the line of the opening fence, e.g. `src/sdk/README.md:42`. */
  where: string;
  lang: string;
  code: string;
  /** Why it is not run; undefined for a complete program. */
  partial?: string;
}

/** Languages run with `node` as an ES module. */
export const RUNNABLE = new Set(['js', 'mjs', 'javascript']);

const MARKER = /^<!--\s*snippet:\s*partial\s*,\s*(.+?)\s*-->\s*$/;

export function extractSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split('\n');
  const out: Snippet[] = [];
  let partial: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const marker = MARKER.exec(line);
    if (marker) {
      partial = marker[1];
      continue;
    }
    const fence = /^(`{3,})\s*([\w-]*)/.exec(line);
    if (!fence) {
      if (line.trim() !== '') partial = undefined; // a marker applies to the very next block only
      continue;
    }
    const close = lines.findIndex((l, j) => j > i && /^`{3,}\s*$/.test(l));
    if (close < 0) throw new Error(`${file}:${i + 1}: code block never closed`);
    out.push({ where: `${file}:${i + 1}`, lang: fence[2] ?? '', code: lines.slice(i + 1, close).join('\n') + '\n', ...(partial ? { partial } : {}) });
    partial = undefined;
    i = close;
  }
  return out;
}

/** Every block of src/sdk/README.md and docs/*.md. */
export function sdkDocumentSnippets(repoRoot: string): Snippet[] {
  const files = [join(repoRoot, 'src', 'sdk', 'README.md'), ...readdirSync(join(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => join(repoRoot, 'docs', f))];
  return files.flatMap((path) => extractSnippets(readFileSync(path, 'utf8'), relative(repoRoot, path)));
}

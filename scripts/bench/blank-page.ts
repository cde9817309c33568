/**
 * The blank extension page of figure 1's baseline, written into the bench's own build:
 * an HTML page with one external script (extension CSP allows no inline script) that
 * records the first frame after the script ran, as the popup's measurement does for
 * its first order row.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BLANK } from './browser';

const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Blank</title><script type="module" src="/bench-blank.js"></script></head>
  <body><p>Blank extension page</p></body>
</html>
`;

const JS = `requestAnimationFrame(() => { globalThis.__benchVisible = performance.now(); });\n`;

export async function addBlankPage(extensionDir: string): Promise<void> {
  await writeFile(join(extensionDir, BLANK), HTML);
  await writeFile(join(extensionDir, 'bench-blank.js'), JS);
}

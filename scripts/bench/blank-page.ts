/**
 * The blank extension page of figure 1's baseline, written into the bench's own build:
 * an HTML page with one external script (extension CSP allows no inline script). The
 * script adds one line of text, timed the way figure 1 times the popup's first order
 * row: the browser's Element Timing entry for it (presentation of the frame that first
 * painted it), and the rAF + message-hop stamp after it was added.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BLANK } from './browser';
import { TIMED_ELEMENT } from './probes';

const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Blank</title><script type="module" src="/bench-blank.js"></script></head>
  <body><p>Blank extension page</p></body>
</html>
`;

/** Publishes `window.__benchVisible`, a `PaintStamps` (see probes.ts). */
const JS = `const line = document.createElement('p');
line.textContent = 'Script ran';
line.setAttribute('elementtiming', '${TIMED_ELEMENT}');
let painted = null;
let frameAfter = null;
const publish = () => {
  if (painted !== null && frameAfter !== null) globalThis.__benchVisible = { t: painted, frameAfter };
};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (painted === null && entry.identifier === '${TIMED_ELEMENT}' && entry.renderTime > 0) painted = entry.renderTime;
  }
  publish();
}).observe({ type: 'element', buffered: true });
document.body.append(line);
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    frameAfter = performance.now();
    publish();
  };
  channel.port2.postMessage(null);
});
`;

export async function addBlankPage(extensionDir: string): Promise<void> {
  await writeFile(join(extensionDir, BLANK), HTML);
  await writeFile(join(extensionDir, 'bench-blank.js'), JS);
}

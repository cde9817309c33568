/**
 * `npm run package`: builds both targets, then writes to packages/ the Chrome Web
 * Store zip, the Firefox (AMO) zip, the AMO source archive, and the 1280×800 store
 * screenshots taken from the real extension. Listing texts and the privacy
 * statement live in store/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngSize, SCREENSHOT_SIZE, takeScreenshots } from './package/screenshots';
import { sourceArchive } from './package/source-archive';
import { zipDirectory } from './package/zip';
import { storeManifest } from './manifest';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', WEBPOS_FLAVOUR: 'store' } });
rmSync('packages', { recursive: true, force: true });
mkdirSync('packages', { recursive: true });

/** The unpacked build's fixed id comes from `key`; the Chrome Web Store refuses an upload that has one. */
function withoutKey(path: string, bytes: Uint8Array): Uint8Array {
  if (path !== 'manifest.json') return bytes;
  const manifest = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
  return Buffer.from(`${JSON.stringify(storeManifest(manifest), null, 2)}\n`);
}

const archives: [string, { zip: Uint8Array; count: number }][] = [
  [`webpos-counter-chrome-${version}.zip`, zipDirectory('dist', withoutKey)],
  [`webpos-counter-firefox-${version}.zip`, zipDirectory('dist-firefox')],
  [`webpos-counter-source-${version}.zip`, sourceArchive('.')],
];
for (const [name, { zip, count }] of archives) {
  writeFileSync(join('packages', name), zip);
  console.log(`packages/${name}  ${kib(zip.length)}, ${count} files`);
}

// The store build reaches the local sandbox only once a person grants it the host (an optional
// permission): the screenshots come from a development build of the same code, built aside.
const screenshotBuild = join('build', 'screenshot-extension');
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', WEBPOS_FLAVOUR: 'dev', EXT_OUT_DIR: screenshotBuild } });
for (const path of await takeScreenshots(screenshotBuild, join('packages', 'screenshots'))) {
  const size = pngSize(readFileSync(path));
  if (size.width !== SCREENSHOT_SIZE.width || size.height !== SCREENSHOT_SIZE.height) {
    throw new Error(`${path} is ${size.width}×${size.height}, the stores want ${SCREENSHOT_SIZE.width}×${SCREENSHOT_SIZE.height}`);
  }
  console.log(`${path}  ${size.width}×${size.height}, ${kib(statSync(path).size)}`);
}
console.log('Listing texts and privacy statement: store/');

/** `npm run package`: builds both targets and zips each into packages/. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit' });
mkdirSync('packages', { recursive: true });

for (const [dir, target] of [['dist', 'chrome'], ['dist-firefox', 'firefox']] as const) {
  const files: Record<string, Uint8Array> = {};
  for (const file of walk(dir)) files[relative(dir, file)] = readFileSync(file);
  const zip = zipSync(files, { level: 9 });
  const out = join('packages', `webpos-counter-${target}-${version}.zip`);
  writeFileSync(out, zip);
  console.log(`${out}  ${(zip.length / 1024).toFixed(1)} KiB, ${Object.keys(files).length} files`);
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

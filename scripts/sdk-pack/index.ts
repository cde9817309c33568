/**
 * `npm run sdk:pack`: builds src/sdk into an npm package and packs it.
 * ESM JavaScript bundled by rolldown (valibot and redis left external) with source maps, the
 * `webpos` command line (dist/cli.js, the package's bin),
 * declarations from tsc (relative specifiers given their `.js`, so Node16/NodeNext consumers
 * resolve them), its own package.json, README, LICENSE and docs/protocol.md.
 * Prints the .tgz path as its last line. `--install DIR` also installs it into DIR
 * (e.g. `examples`, so the examples run as a user would run them); `--out DIR` builds
 * in DIR instead of build/sdk.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { sdkManifest } from './manifest';

const root = resolve(import.meta.dirname, '..', '..');
const sdk = join(root, 'src', 'sdk');
const outRoot = resolve(option('--out') ?? join(root, 'build', 'sdk'));
const staging = join(outRoot, 'package');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a folder`);
  return value;
}

async function bundle(): Promise<void> {
  const common = { platform: 'neutral' as const, tsconfig: join(sdk, 'tsconfig.json'), logLevel: 'warn' as const };
  const output = { dir: join(staging, 'dist'), format: 'esm' as const, sourcemap: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' };
  await build({ ...common, input: { index: join(sdk, 'index.ts'), redis: join(sdk, 'redis.ts') }, external: ['valibot', 'redis'], output });
  // The `webpos` bin on its own, so that it shares no chunk with the library entries (each stays one file).
  await build({ ...common, input: { cli: join(sdk, 'cli.ts') }, external: ['valibot', /^node:/], output: { ...output, banner: '#!/usr/bin/env node' } });
}

function declarations(): void {
  const outDir = join(staging, 'dist');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(sdk, 'tsconfig.build.json'), '--outDir', outDir], { stdio: 'inherit' });
  for (const file of readdirSync(outDir).filter((f) => f.endsWith('.d.ts'))) {
    const path = join(outDir, file);
    writeFileSync(path, withJsExtensions(readFileSync(path, 'utf8')));
  }
}

/** `from './client'` → `from './client.js'` (and `import('./x')`), as ESM resolution requires. */
export function withJsExtensions(source: string): string {
  return source.replace(/(\bfrom\s+|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]+?)\2/g, (all, lead: string, quote: string, spec: string) =>
    spec.endsWith('.js') ? all : `${lead}${quote}${spec}.js${quote}`,
  );
}

function documents(): void {
  const readme = readFileSync(join(sdk, 'README.md'), 'utf8').replaceAll('../../docs/protocol.md', './docs/protocol.md');
  writeFileSync(join(staging, 'README.md'), readme);
  cpSync(join(sdk, 'LICENSE'), join(staging, 'LICENSE'));
  mkdirSync(join(staging, 'docs'));
  cpSync(join(root, 'docs', 'protocol.md'), join(staging, 'docs', 'protocol.md'));
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Parameters<typeof sdkManifest>[0];
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify(sdkManifest(rootManifest), null, 2)}\n`);
}

function pack(): string {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', outRoot], { cwd: staging, encoding: 'utf8' });
  const [result] = JSON.parse(out) as { filename: string }[];
  if (!result) throw new Error('npm pack reported nothing');
  return join(outRoot, result.filename);
}

function install(tarball: string, dir: string): void {
  execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--prefer-offline', '--no-audit', '--no-fund', tarball], { stdio: 'inherit' });
}

async function main(): Promise<void> {
  const installDir = option('--install');
  rmSync(outRoot, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  await bundle();
  declarations();
  documents();
  const tarball = pack();
  if (installDir) install(tarball, resolve(installDir));
  console.log(tarball);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'index.ts')) {
  main().catch((error: unknown) => {
    console.error('sdk:pack failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

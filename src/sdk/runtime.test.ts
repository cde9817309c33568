import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.ts$/.test(e.name) && !/\.test(-util)?\.ts$/.test(e.name) ? [p] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '');

/** The files an entry reaches through its relative imports (the entry included). */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(file)) if (spec.startsWith('./')) visit(join(dirname(file), `${spec}.ts`));
  };
  visit(join(here, entry));
  return seen;
}

describe('runtime independence', () => {
  const core = closure('index.ts');
  const redisEntry = [...closure('redis.ts')].filter((f) => !core.has(f));
  const cliEntry = [...closure('cli.ts')].filter((f) => !core.has(f));

  it('the library (everything index.ts reaches) imports only valibot and its own files, and no extension or Node APIs', () => {
    expect(core.size).toBeGreaterThan(5);
    for (const file of core) {
      for (const spec of importsOf(file)) expect(spec === 'valibot' || spec.startsWith('./'), `${file} imports ${spec}`).toBe(true);
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bchrome\.|\bbrowser\.|webextension-polyfill|node:|\bBuffer\b|\bprocess\./);
    }
  });

  it('the `/redis` entry adds only the redis client; the command line adds only Node modules; nothing else is shipped', () => {
    for (const file of redisEntry) {
      for (const spec of importsOf(file)) expect(spec === 'redis' || spec.startsWith('./'), `${file} imports ${spec}`).toBe(true);
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bchrome\.|\bbrowser\.|node:|\bprocess\./);
    }
    for (const file of cliEntry) {
      for (const spec of importsOf(file)) expect(spec.startsWith('node:') || spec.startsWith('./'), `${file} imports ${spec}`).toBe(true);
    }
    expect(redisEntry.length).toBeGreaterThan(0);
    expect(cliEntry.length).toBeGreaterThan(0);
    const reached = new Set([...core, ...redisEntry, ...cliEntry]);
    expect(sources(here).filter((f) => !reached.has(f))).toEqual([]);
  });

  it('imports and runs under plain Node (tsx), with no extension API present', async () => {
    const script = `
      import('./src/sdk/index.ts').then(async (sdk) => {
        if (typeof globalThis.chrome !== 'undefined' || typeof globalThis.browser !== 'undefined') throw new Error('extension API present');
        const sig = await sdk.computeSignature('s3cr3t-webpos', '');
        const ok = await sdk.verifySignature('s3cr3t-webpos', '', sig);
        const c = new sdk.Client({ mode: 'sandbox', clientId: 'id', secret: 'sec' });
        console.log(JSON.stringify({ ok, sig, d: c.describe() }));
      }).catch((e) => { console.error(e); process.exit(1); });`;
    const out = await new Promise<string>((resolve, reject) => {
      execFile(join(root, 'node_modules', '.bin', 'tsx'), ['-e', script], { cwd: root, timeout: 20_000 }, (err, stdout, stderr) =>
        err ? reject(new Error(stderr || err.message)) : resolve(stdout),
      );
    });
    const result = JSON.parse(out) as { ok: boolean; sig: string; d: { mode: string } };
    expect(result.ok).toBe(true);
    expect(result.sig).toBe('ubgov6m/oxYtS0c1XsY3hRZuLSOfvOWDE3I5xAL4Ifq0iHPgF23wd/dxp6U4S9Z/GXEwkGf+UQ2oQnWMn539PA==');
    expect(result.d.mode).toBe('sandbox');
  });
});

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

describe('runtime independence', () => {
  it('library code imports only valibot and files inside src/sdk, and no extension or Node APIs', () => {
    const files = sources(here);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from\s+'([^']+)'/g)) {
        const spec = m[1] ?? '';
        // The `/redis` entry alone may import its Redis client (an optional peer dependency).
        const allowed = spec === 'valibot' || spec.startsWith('./') || (spec === 'redis' && file.endsWith('/redis.ts'));
        expect(allowed, `${file} imports ${spec}`).toBe(true);
      }
      expect(text, file).not.toMatch(/\bchrome\.|\bbrowser\.|webextension-polyfill|node:|\bBuffer\b|\bprocess\./);
    }
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

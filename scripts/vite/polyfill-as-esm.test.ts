import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillAsEsm } from './polyfill-as-esm';

const polyfillPath = createRequire(import.meta.url).resolve('webextension-polyfill');
type Load = (id: string) => Promise<string | null>;
const load = polyfillAsEsm().load as unknown as Load;
const globals = globalThis as { chrome?: unknown; browser?: unknown };

describe('webextension-polyfill as an ES module', () => {
  let dir: string | undefined;
  afterEach(async () => {
    delete globals.chrome;
    delete globals.browser;
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('leaves every other module to the bundler', async () => {
    expect(await load('/app/src/messaging/send.ts')).toBeNull();
    expect(await load('/app/node_modules/preact/dist/preact.module.js')).toBeNull();
  });

  it('exports the polyfill’s own module.exports: the native browser object where there is one, uncopied', async () => {
    const code = await load(polyfillPath);
    expect(code).toMatch(/export default module\.exports;\s*$/);
    expect(code).not.toContain('sourceMappingURL');
    dir = await mkdtemp(join(tmpdir(), 'polyfill-esm-'));
    const file = join(dir, 'polyfill.mjs');
    await writeFile(file, code ?? '');
    const native = { runtime: { id: 'extension-id' } };
    globals.chrome = { runtime: { id: 'extension-id' } };
    globals.browser = native;
    const loaded = (await import(pathToFileURL(file).href)) as { default: unknown };
    expect(loaded.default).toBe(native);
  });
});

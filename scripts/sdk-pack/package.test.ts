/**
 * `npm run sdk:pack`: the tarball installs into an empty folder, imports from plain Node 20
 * (no tsx), and a strict TypeScript consumer (NodeNext resolution) typechecks against it.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { signatureVector } from '../../test-vectors/signatures';
import { SDK_PACKAGE_NAME } from './manifest';
import { installInto, packAndInstall, repoRoot, run, type PackedApp } from './pack.test-util';

const rootManifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
let packed: PackedApp;

beforeAll(async () => {
  packed = await packAndInstall();
  // The optional peer, for the `/redis` entry.
  await installInto(packed.app, packed.tarball, `redis@${rootManifest.devDependencies.redis}`);
}, 300_000);

const node = (cwd: string, script: string) => run(process.execPath, ['--input-type=module', '-e', script], { cwd, timeout: 30_000 });

describe('the packed SDK', () => {
  it('prints the tarball path last, and the tarball holds JS, declarations, maps, README, LICENSE and the protocol', async () => {
    expect(packed.output.trim().split('\n').at(-1)).toBe(packed.tarball);
    expect(basename(packed.tarball)).toMatch(/^webpos-counter-sdk-\d+\.\d+\.\d+\.tgz$/);
    expect(statSync(packed.tarball).size).toBeGreaterThan(10_000);
    const { stdout } = await run('tar', ['tzf', packed.tarball]);
    const files = stdout.split('\n').filter(Boolean);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'docs/protocol.md', 'dist/index.js', 'dist/index.js.map', 'dist/index.d.ts', 'dist/redis.js', 'dist/redis.d.ts', 'dist/cli.js']) {
      expect(files).toContain(`package/${f}`);
    }
    expect(files.filter((f) => /test|\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('declares exports, types, engines, valibot as its only dependency and redis as an optional peer', () => {
    const manifest = JSON.parse(readFileSync(join(packed.app, 'node_modules', SDK_PACKAGE_NAME, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: SDK_PACKAGE_NAME,
      type: 'module',
      types: './dist/index.d.ts',
      engines: { node: '>=20' },
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './redis': { types: './dist/redis.d.ts', default: './dist/redis.js' } },
      peerDependenciesMeta: { redis: { optional: true } },
      bin: { webpos: './dist/cli.js' },
    });
    expect(Object.keys(manifest.dependencies as object)).toEqual(['valibot']);
    expect(Object.keys(manifest.peerDependencies as object)).toEqual(['redis']);
    const readme = readFileSync(join(packed.app, 'node_modules', SDK_PACKAGE_NAME, 'README.md'), 'utf8');
    expect(readme).toContain('](./docs/protocol.md)');
  });

  it('imports the four names from plain Node (no tsx) and they work', async () => {
    const v = signatureVector('trailing newline');
    const script = `
      import { Client, CallbacksHandler, verifySignature, explainSignatureMismatch } from '${SDK_PACKAGE_NAME}';
      import { RedisCache } from '${SDK_PACKAGE_NAME}/redis';
      const v = ${JSON.stringify(v)};
      const client = new Client({ mode: 'sandbox', clientId: 'id', secret: 'sec' });
      const causes = await explainSignatureMismatch(v.secret, v.body, v.signature);
      const rejected = await new CallbacksHandler({ secret: v.secret }).parse({ 'chainside-signature': v.signature }, v.body).catch((e) => e.reason);
      console.log(JSON.stringify({
        mode: client.describe().mode,
        valid: await verifySignature(v.secret, v.body.slice(0, -1), v.signature),
        causes: causes.map((c) => c.id),
        rejected,
        redis: typeof RedisCache,
      }));`;
    const { stdout } = await node(packed.app, script);
    expect(JSON.parse(stdout)).toEqual({ mode: 'sandbox', valid: true, causes: ['trailing-newline-added'], rejected: 'invalid_signature', redis: 'function' });
  });

  it('a strict TypeScript consumer (NodeNext) typechecks against the declarations, and misuse is an error', async () => {
    writeFileSync(
      join(packed.app, 'consumer.ts'),
      `import { Client, CallbacksHandler, verifySignature, explainSignatureMismatch, type SignatureMismatchCause, type PaymentOrderRetrieval } from '${SDK_PACKAGE_NAME}';
import { RedisCache, RedisIdempotencyStore } from '${SDK_PACKAGE_NAME}/redis';

const client = new Client({ mode: 'sandbox', clientId: 'id', secret: 'sec', cache: new RedisCache({ url: 'redis://127.0.0.1:6379' }) });
export async function demo(): Promise<number> {
  const order: PaymentOrderRetrieval = await client.getPaymentOrder('00000000-0000-4000-8000-000000000000');
  const sats: number = order.btc_amount;
  const list = await client.getPaymentOrders({ pageSize: 40 });
  const pages: number = list.total_pages + list.total_items + list.paymentorders.length;
  const causes: SignatureMismatchCause[] = await explainSignatureMismatch('s', new Uint8Array(), 'sig');
  const ok: boolean = await verifySignature('s', '{}', 'sig');
  const event = await new CallbacksHandler({ secret: 's' }).parse({ 'chainside-signature': 'x' }, '{}');
  const once = await new CallbacksHandler({ secret: 's', idempotencyStore: new RedisIdempotencyStore({ url: 'redis://127.0.0.1:6379' }) })
    .handleOnce({ 'chainside-signature': 'x' }, '{}', (e) => void e.object.uuid);
  const outcome: 'processed' | 'duplicate' | 'in_progress' = once.outcome;
  const name: 'payment.completed' | 'payment.overpaid' | 'payment.expired' | 'payment.cancelled' | 'payment.dispute.start' | 'payment.dispute.end' | 'payment.chargeback' = event.event;
  // @ts-expect-error the amount is a decimal string, not a number
  await client.createPaymentOrder({ amount: 10 });
  // @ts-expect-error there is no such method
  client.createOrder();
  return sats + pages + causes.length + (ok ? 1 : 0) + name.length + outcome.length;
}
`,
    );
    writeFileSync(
      join(packed.app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true,
          skipLibCheck: false, lib: ['ES2023'], types: ['node'], typeRoots: [join(repoRoot, 'node_modules', '@types')],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', packed.app], { cwd: packed.app }).catch((e: { stdout: string }) => ({ stdout: e.stdout, failed: true }));
    expect(result.stdout).toBe('');
  }, 180_000);
});

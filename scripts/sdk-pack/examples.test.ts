/**
 * examples/*.mjs and every `js` block of src/sdk/README.md and docs/*.md run as written, the way
 * a user runs them: copied into a blank project where the packed SDK (and redis, the optional
 * peer) is installed, with `node <file>`, against a sandbox and a redis-server. The SDK is packed
 * once for all of them; `npx webpos --help` runs there too.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { RedisServer } from '../../src/sdk/redis-server.test-util';
import { installInto, packAndInstall, repoRoot, run, type PackedApp } from './pack.test-util';
import { RUNNABLE, sdkDocumentSnippets } from './snippets';

let packed: PackedApp;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let redis: RedisServer;
const children: ChildProcessWithoutNullStreams[] = [];
const redisVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.redis;

beforeAll(async () => {
  [packed, sandbox, redis] = await Promise.all([packAndInstall(), startSandbox({}), RedisServer.start()]);
  // The optional peer, for the blocks that import '@webpos-counter/sdk/redis' (from the npm cache when it has it).
  await installInto(packed.app, packed.tarball, `redis@${redisVersion}`);
  for (const file of ['create-and-watch.mjs', 'node-webhook-server.mjs']) copyFileSync(join(repoRoot, 'examples', file), join(packed.app, file));
}, 300_000);

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
});
afterAll(async () => {
  await sandbox?.close();
  await redis?.stop();
});

/** Starts `node <file>` in the app folder; `line(re)` waits for the first stdout line matching re. */
function start(file: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [file, ...args], { cwd: packed.app, env: { ...process.env, ...env } });
  children.push(child);
  const lines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const waiters = new Set<() => void>();
  createInterface({ input: child.stdout }).on('line', (l) => {
    lines.push(l);
    for (const w of waiters) w();
  });
  // 'close', not 'exit': by then every line of stdout has been read.
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  const line = (re: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        for (const l of lines) {
          const m = re.exec(l);
          if (m) {
            waiters.delete(check);
            resolve(m);
            return;
          }
        }
      };
      waiters.add(check);
      check();
      void exited.then((code) => reject(new Error(`${file} exited (${code}) before ${re}: ${lines.join('\n')}\n${stderr}`)));
    });
  return { line, exited, lines, stderr: () => stderr };
}

const sandboxEnv = () => ({ WEBPOS_BASE_URL: sandbox.url, WEBPOS_CLIENT_ID: sandbox.clientId, WEBPOS_SECRET: sandbox.secret, WEBPOS_POLL_SECONDS: '0.2' });

/** As the header's curl command does it: a form-encoded POST with a JSON body. */
const step = (uuid: string, to: string) =>
  fetch(`${sandbox.url}/__sandbox/orders/${uuid}/step`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: JSON.stringify({ to }) });

describe('examples/create-and-watch.mjs', () => {
  it('creates an order, prints its BIP21 URI, and exits 0 once it is paid', async () => {
    const run = start('create-and-watch.mjs', ['12.50'], sandboxEnv());
    const [, uuid] = await run.line(/^order (\S+)$/);
    const [, uri] = await run.line(/^uri (\S+)$/);
    expect(uri).toMatch(/^bitcoin:tb1q[a-z0-9]+\?amount=0\.0003125$/);
    await run.line(/^status pending$/);
    expect((await step(uuid ?? '', 'paid')).status).toBe(200);
    expect(await run.exited).toBe(0);
    expect(run.lines.at(-1)).toBe('status paid');
  }, 120_000);

  it('exits 2 when the order expires', async () => {
    const run = start('create-and-watch.mjs', [], sandboxEnv());
    await run.line(/^status pending$/);
    await fetch(`${sandbox.url}/__sandbox/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 3600 }) });
    expect(await run.exited).toBe(2);
    expect(run.lines.at(-1)).toBe('status expired');
  }, 120_000);
});

describe('examples/node-webhook-server.mjs', () => {
  it('receives a signed callback from the sandbox, and explains a tampered one', async () => {
    const server = start('node-webhook-server.mjs', [], { WEBPOS_SECRET: sandbox.secret, PORT: '0' });
    const [, callbackUrl] = await server.line(/^listening on (\S+)$/);
    // The sandbox accepts loopback callback URLs: create the order on the wire protocol directly.
    const basic = Buffer.from(`${sandbox.clientId}:${sandbox.secret}`).toString('base64');
    const headers = { accept: 'application/json', 'x-api-version': 'v1' };
    const login = await fetch(`${sandbox.url}/token`, {
      method: 'POST',
      headers: { ...headers, authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&scope=*',
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const authed = { ...headers, authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const created = await fetch(`${sandbox.url}/payment-order`, { method: 'POST', headers: authed, body: JSON.stringify({ amount: '10.00', callback_url: callbackUrl }) });
    const { uuid } = (await created.json()) as { uuid: string };
    await fetch(`${sandbox.url}/payment-order/${uuid}/test/`, { method: 'PATCH', headers: authed, body: JSON.stringify({ callback: 'payment.completed' }) });
    await server.line(new RegExp(`^event payment\\.completed ${uuid} paid$`));

    // The sandbox's Resend posts the same bytes and signature again: acknowledged, not processed again.
    // The sandbox logs a delivery once the answer is in, a moment after the server printed the event.
    let delivery: { id: string } | undefined;
    for (let tries = 0; !delivery && tries < 100; tries++) {
      const { deliveries } = (await (await fetch(`${sandbox.url}/__sandbox/deliveries`)).json()) as { deliveries: { id: string; orderUuid: string; status: number | null }[] };
      delivery = deliveries.find((d) => d.orderUuid === uuid && d.status === 200);
      if (!delivery) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const resent = await fetch(`${sandbox.url}/__sandbox/deliveries/${delivery?.id ?? ''}/resend`, { method: 'POST' });
    expect(resent.status).toBe(200);
    expect(((await resent.json()) as { delivery: { status: number } }).delivery.status).toBe(200);
    await server.line(new RegExp(`^duplicate payment\\.completed ${uuid}$`));
    expect(server.lines.filter((l) => l.startsWith('event '))).toHaveLength(1);

    // The same kind of body with a newline appended after signing is refused, and the cause named.
    const body = JSON.stringify({ event: 'payment.completed', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order', object: {} });
    const { computeSignature } = await import('../../src/sdk');
    const forged = await fetch(callbackUrl ?? '', { method: 'POST', headers: { 'chainside-signature': await computeSignature(sandbox.secret, body) }, body: `${body}\n` });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toBe('invalid_signature');
    await server.line(/^ {2}cause trailing-newline-added: /);

    const tooLarge = await fetch(callbackUrl ?? '', { method: 'POST', headers: { 'chainside-signature': 'x' }, body: 'x'.repeat(1024 * 1024 + 1) });
    expect(tooLarge.status).toBe(413);
  }, 120_000);
});

describe('the code blocks of src/sdk/README.md and docs/*.md', () => {
  const env = () => ({ WEBPOS_BASE_URL: sandbox.url, WEBPOS_CLIENT_ID: sandbox.clientId, WEBPOS_SECRET: sandbox.secret, REDIS_URL: redis.url });
  const snippets = sdkDocumentSnippets(repoRoot);
  for (const [n, snippet] of snippets.entries()) {
    if (snippet.partial || !RUNNABLE.has(snippet.lang)) {
      it.skip(`${snippet.where}: partial (${snippet.partial ?? `a ${snippet.lang} block`})`, () => undefined);
      continue;
    }
    it(`${snippet.where} runs as a program from a blank project`, async () => {
      const file = `snippet-${n}.mjs`;
      writeFileSync(join(packed.app, file), snippet.code);
      const program = start(file, [], env());
      const code = await program.exited;
      expect({ code, stderr: program.stderr() }).toEqual({ code: 0, stderr: '' });
      expect(program.lines.length).toBeGreaterThan(0);
    }, 60_000);
  }

  it('"Use it from Node" prints the order, the pending count and the not-found request id', async () => {
    const code = snippets.find((s) => s.code.includes("getPaymentOrder('00000000-0000-4000-8000-000000000000')"))?.code ?? '';
    writeFileSync(join(packed.app, 'try.mjs'), code);
    const program = start('try.mjs', [], env());
    expect(await program.exited).toBe(0);
    expect(program.lines[0]).toMatch(/^[0-9a-f-]{36} bitcoin:tb1q\S+ 25000$/);
    expect(program.lines[1]).toMatch(/^\d+ pending orders on \d+ pages; this page has \d+$/);
    expect(program.lines[2]).toMatch(/^no such order, request id \S+$/);
  }, 60_000);
});

describe('the webpos command line from the blank project', () => {
  it('npx webpos --help lists the commands; a usage mistake exits 2', async () => {
    const { stdout } = await run('npx', ['--offline', 'webpos', '--help'], { cwd: packed.app, timeout: 60_000 });
    expect(stdout).toMatch(/^Usage: webpos <command>/);
    for (const command of ['orders', 'order', 'callbacks', 'create', 'verify']) expect(stdout).toContain(`webpos ${command}`);
    const usage = await run('npx', ['--offline', 'webpos', 'refund'], { cwd: packed.app, timeout: 60_000 }).catch((e: { code: number; stderr: string }) => e);
    expect(usage).toMatchObject({ code: 2 });
  }, 120_000);

  it('webpos orders --json answers from the sandbox with the credentials of the environment', async () => {
    const env = { ...process.env, WEBPOS_CLIENT_ID: sandbox.clientId, WEBPOS_SECRET: sandbox.secret, WEBPOS_MODE: 'sandbox', WEBPOS_BASE_URL: sandbox.url };
    const { stdout } = await run('npx', ['--offline', 'webpos', 'orders', '--json'], { cwd: packed.app, env, timeout: 60_000 });
    expect(JSON.parse(stdout)).toMatchObject({ total_items: expect.any(Number), paymentorders: expect.any(Array) });
  }, 120_000);
});

/**
 * examples/*.mjs run as written, the way a user runs them: copied into a folder where the
 * packed SDK is installed, with `node <file>`, against a sandbox.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { packAndInstall, repoRoot, type PackedApp } from './pack.test-util';

let packed: PackedApp;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  [packed, sandbox] = await Promise.all([packAndInstall(), startSandbox({})]);
  for (const file of ['create-and-watch.mjs', 'node-webhook-server.mjs']) copyFileSync(join(repoRoot, 'examples', file), join(packed.app, file));
}, 300_000);

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
});
afterAll(async () => sandbox?.close());

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
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
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
  return { line, exited, lines };
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

describe('src/sdk/README.md', () => {
  it('its "Use it from Node" example runs as written against the sandbox', async () => {
    const readme = readFileSync(join(repoRoot, 'src', 'sdk', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Use it from Node'));
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(code).toContain("from '@webpos-counter/sdk'");
    // The sandbox of this test listens on a random port instead of 8787.
    writeFileSync(join(packed.app, 'try.mjs'), code.replace('http://127.0.0.1:8787', sandbox.url));
    const run = start('try.mjs', [], {});
    expect(await run.exited).toBe(0);
    expect(run.lines[0]).toMatch(/^[0-9a-f-]{36} bitcoin:tb1q\S+ 25000$/);
    expect(run.lines[1]).toMatch(/^\d+ pending orders on \d+ pages; this page has \d+$/);
    expect(run.lines[2]).toMatch(/^no such order, request id \S+$/);
  }, 120_000);
});

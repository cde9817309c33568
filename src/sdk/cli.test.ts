/** The `webpos` command line against the sandbox: every command, --help, and each exit code. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { runCli } from './cli-run';
import { computeSignature } from './index';
import { paymentOrder } from './fixtures.test-util';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
const dir = mkdtempSync(join(tmpdir(), 'webpos-cli-'));

beforeAll(async () => {
  sandbox = await startSandbox({});
});
afterAll(async () => sandbox?.close());

async function webpos(args: string[], env?: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    env: env ?? { WEBPOS_CLIENT_ID: sandbox.clientId, WEBPOS_SECRET: sandbox.secret, WEBPOS_MODE: 'sandbox', WEBPOS_BASE_URL: sandbox.url },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: async (path) => new Uint8Array(await readFile(path)),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('webpos: help and usage', () => {
  it('--help lists every command, the environment and the exit codes; no command at all is a usage error', async () => {
    const help = await webpos(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['orders', 'order <uuid>', 'callbacks <uuid>', 'create <amount>', 'verify --body-file']) expect(help.out).toContain(`webpos ${command}`);
    for (const word of ['WEBPOS_CLIENT_ID', 'WEBPOS_SECRET', 'WEBPOS_MODE', 'WEBPOS_BASE_URL', 'Exit codes: 0 ok']) expect(help.out).toContain(word);
    const none = await webpos([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Usage: webpos <command>');
  });

  it.each(['orders', 'order', 'callbacks', 'create', 'verify'])('webpos %s --help prints its own usage and exits 0 without calling the API', async (command) => {
    const { code, out } = await webpos([command, '--help'], {});
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^Usage: webpos ${command}\\b`));
    expect(out).toContain('Exit codes');
  });

  it('an unknown command or option, a missing or extra argument, an invalid amount or status: exit 2', async () => {
    for (const args of [['refund'], ['orders', '--colour'], ['order'], ['order', 'a', 'b'], ['create'], ['create', 'ten'], ['orders', '--status', 'bogus'], ['orders', '--page', '-1'], ['order', 'not-a-uuid'], ['verify', '--signature', 'x']]) {
      const { code, err } = await webpos(args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(err).toMatch(/^webpos: /);
    }
  });

  it('credentials missing from the environment: exit 3, naming the variable', async () => {
    const noId = await webpos(['orders'], { WEBPOS_SECRET: 's' });
    expect(noId).toMatchObject({ code: 3, err: 'webpos: WEBPOS_CLIENT_ID is not set' });
    const blank = await webpos(['orders'], { WEBPOS_CLIENT_ID: 'id', WEBPOS_SECRET: '   ', WEBPOS_MODE: 'sandbox' });
    expect(blank.code).toBe(3);
    expect((await webpos(['orders'], { WEBPOS_CLIENT_ID: 'id', WEBPOS_SECRET: 's', WEBPOS_MODE: 'test' })).code).toBe(3);
  });
});

describe('webpos: API commands against the sandbox', () => {
  it('create, then order, orders and callbacks show it', async () => {
    const created = await webpos(['create', '12.50', '--reference', 'till 3 #1042']);
    expect(created.code).toBe(0);
    const uuid = /^uuid\t(\S+)$/m.exec(created.out)?.[1] ?? '';
    expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.out).toMatch(/^uri\tbitcoin:\S+$/m);

    const shown = await webpos(['order', uuid]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(`uuid\t${uuid}`);
    expect(shown.out).toMatch(/^status\tpending$/m);
    expect(shown.out).toMatch(/^reference\ttill 3 #1042$/m);
    expect(JSON.parse((await webpos(['order', uuid, '--json'])).out)).toMatchObject({ uuid, reference: 'till 3 #1042', amount: '12.50' });

    const listed = await webpos(['orders', '--status', 'pending']);
    expect(listed.code).toBe(0);
    expect(listed.out.split('\n').find((line) => line.startsWith(uuid))).toMatch(/\tpending\t12\.50\t/);
    const page = JSON.parse((await webpos(['orders', '--status', 'pending', '--json'])).out) as { paymentorders: { uuid: string }[] };
    expect(page.paymentorders.map((o) => o.uuid)).toContain(uuid);
    expect((JSON.parse((await webpos(['orders', '--status', 'paid', '--json'])).out) as { paymentorders: { uuid: string }[] }).paymentorders.map((o) => o.uuid)).not.toContain(uuid);

    const events = await webpos(['callbacks', uuid]);
    expect(events.code).toBe(0);
    const api = await webpos(['callbacks', uuid, '--json']);
    expect(events.out.split('\n')).toEqual((JSON.parse(api.out) as { callbacks: { name: string }[] }).callbacks.map((c) => c.name));
    expect(events.out).toContain('payment.completed');
  });

  it('an order the API does not know: exit 1 with the error code and request id', async () => {
    const { code, err } = await webpos(['order', '00000000-0000-4000-8000-000000000000']);
    expect(code).toBe(1);
    expect(err).toMatch(/3001 \(HTTP 404\).*\[request \S+\]/);
  });

  it('wrong credentials: exit 1 (the API refused), the secret never printed', async () => {
    const { code, err } = await webpos(['orders'], { WEBPOS_CLIENT_ID: sandbox.clientId, WEBPOS_SECRET: 'not-the-secret', WEBPOS_MODE: 'sandbox', WEBPOS_BASE_URL: sandbox.url });
    expect(code).toBe(1);
    expect(err).toContain('1001');
    expect(err).not.toContain('not-the-secret');
  });
});

describe('webpos verify', () => {
  const body = JSON.stringify({ event: 'payment.completed', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order', object: paymentOrder() });

  it('a valid callback: exit 0 with its event; a body changed after signing: exit 1 with the cause', async () => {
    const file = join(dir, 'body.json');
    writeFileSync(file, body);
    const signature = await computeSignature(sandbox.secret, body);
    const ok = await webpos(['verify', '--body-file', file, '--signature', signature]);
    expect(ok).toMatchObject({ code: 0, out: `valid payment.completed ${paymentOrder().uuid} ${paymentOrder().state.status}` });

    writeFileSync(file, `${body}\n`);
    const bad = await webpos(['verify', '--body-file', file, '--signature', signature]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^invalid invalid_signature: /);
    expect(bad.out).toMatch(/^cause trailing-newline-added: /m);
    expect(bad.out).toMatch(/^fix: /m);
  });

  it('a malformed signature is explained; a missing file is a usage error; the secret comes from WEBPOS_SECRET only', async () => {
    const file = join(dir, 'body2.json');
    writeFileSync(file, body);
    const hex = Buffer.from(await computeSignature(sandbox.secret, body), 'base64').toString('hex');
    const malformed = await webpos(['verify', '--body-file', file, '--signature', hex], { WEBPOS_SECRET: sandbox.secret });
    expect(malformed.code).toBe(1);
    expect(malformed.out).toMatch(/^invalid malformed_signature: /);
    expect(malformed.out).toMatch(/^cause hex-signature: /m);
    expect((await webpos(['verify', '--body-file', join(dir, 'missing.json'), '--signature', 'x'], { WEBPOS_SECRET: 's' })).code).toBe(2);
    expect(await webpos(['verify', '--body-file', file, '--signature', 'x'], {})).toMatchObject({ code: 3, err: 'webpos: WEBPOS_SECRET is not set' });
  });
});

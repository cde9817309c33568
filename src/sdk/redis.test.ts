/**
 * RedisCache against a real redis-server (Debian's, started here on a free port) and the
 * sandbox: 8 Node processes × 50 concurrent calls share one login, and a token the server
 * expires mid-burst costs exactly one more.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { RedisCache } from './redis';

const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
const PROCESSES = 8;
const CALLS = 50;
const root = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A child process whose stdout lines can be awaited one at a time. */
class Worker {
  readonly #lines: string[] = [];
  readonly #waiters: ((line: string) => void)[] = [];
  stderr = '';
  constructor(readonly child: ChildProcessWithoutNullStreams) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const waiter = this.#waiters.shift();
      if (waiter) waiter(line);
      else this.#lines.push(line);
    });
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }
  next(): Promise<string> {
    const line = this.#lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    return new Promise((resolve, reject) => {
      this.#waiters.push(resolve);
      this.child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${this.stderr}`)));
    });
  }
  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }
}

let redisServer: ChildProcessWithoutNullStreams;
let redisUrl: string;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let workers: Worker[] = [];

async function admin(path: string, method = 'GET', body?: unknown): Promise<unknown> {
  const res = await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.status === 204 ? null : res.json();
}

async function apiLog(): Promise<{ method: string; path: string; status: number | null }[]> {
  return ((await admin('requests')) as { requests: { method: string; path: string; status: number | null }[] }).requests;
}

const logins = async () => (await apiLog()).filter((r) => r.path === '/token' && r.status === 200).length;

/** Starts a burst in every worker; `onAllSent` runs once every worker has started its calls. */
async function burst(cache: 'redis' | 'memory', onAllSent?: () => Promise<void>): Promise<{ ok: number; failed: number }> {
  for (const w of workers) w.send(`burst ${cache} ${CALLS}`);
  expect(await Promise.all(workers.map((w) => w.next()))).toEqual(workers.map(() => 'sent'));
  await onAllSent?.();
  const done = await Promise.all(workers.map((w) => w.next()));
  return done.reduce(
    (sum, line) => {
      const [, ok, failed] = line.split(' ');
      return { ok: sum.ok + Number(ok), failed: sum.failed + Number(failed) };
    },
    { ok: 0, failed: 0 },
  );
}

beforeAll(async () => {
  if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} not found: apt-get install -y redis-server (or set REDIS_SERVER)`);
  const port = await freePort();
  redisUrl = `redis://127.0.0.1:${port}`;
  redisServer = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  await new Promise<void>((resolve, reject) => {
    redisServer.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
    redisServer.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  sandbox = await startSandbox({});
  workers = Array.from(
    { length: PROCESSES },
    () =>
      new Worker(
        spawn(process.execPath, ['--import', 'tsx', 'src/sdk/redis-worker.test-util.ts'], {
          cwd: root,
          env: { ...process.env, REDIS_URL: redisUrl, SANDBOX_URL: sandbox.url, CLIENT_ID: sandbox.clientId, SECRET: sandbox.secret },
        }),
      ),
  );
  expect(await Promise.all(workers.map((w) => w.next()))).toEqual(workers.map(() => 'ready'));
}, 180_000);

afterAll(async () => {
  for (const w of workers) w.send('exit');
  await Promise.all(workers.map((w) => new Promise((resolve) => (w.child.exitCode === null ? w.child.once('exit', resolve) : resolve(null)))));
  await sandbox?.close();
  redisServer?.kill();
});

describe(`RedisCache: ${PROCESSES} processes × ${CALLS} concurrent calls`, () => {
  it('log in once between them', async () => {
    await admin('requests', 'DELETE');
    expect(await burst('redis')).toEqual({ ok: PROCESSES * CALLS, failed: 0 });
    expect(await logins()).toBe(1);
  }, 120_000);

  it('a token the server expires mid-burst costs exactly one more login', async () => {
    await admin('requests', 'DELETE');
    // Every request waits 1.5 s before its token is checked; the clock jumps past the
    // token's lifetime while they wait, so the burst's own calls get 1004 and retry.
    await admin('faults', 'POST', { latencyMs: 1500 });
    const result = await burst('redis', async () => {
      await admin('clock', 'POST', { advanceSeconds: 7200 });
    });
    await admin('faults', 'DELETE');
    expect(result).toEqual({ ok: PROCESSES * CALLS, failed: 0 });
    const log = await apiLog();
    expect(log.filter((r) => r.path === '/payment-order' && r.status === 401).length).toBeGreaterThan(0);
    expect(await logins()).toBe(1);
  }, 120_000);

  it('without the shared cache each process logs in on its own (what the lock saves)', async () => {
    await admin('requests', 'DELETE');
    expect(await burst('memory')).toEqual({ ok: PROCESSES * CALLS, failed: 0 });
    expect(await logins()).toBe(PROCESSES);
  }, 120_000);
});

describe('RedisCache as a CacheAdapter', () => {
  it('stores JSON with a TTL, deletes, and uses the key prefix', async () => {
    const cache = new RedisCache({ url: redisUrl, keyPrefix: 'test:' });
    try {
      await cache.set('a', { accessToken: 't', expiresAt: 1 }, 60);
      expect(await cache.get('a')).toEqual({ accessToken: 't', expiresAt: 1 });
      await cache.set('short', 1, 0.05);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(await cache.get('short')).toBeUndefined();
      await cache.delete('a');
      expect(await cache.get('a')).toBeUndefined();
    } finally {
      await cache.close();
    }
  });

  it('withLock: a second holder waits; the lock is released only by its owner', async () => {
    const a = new RedisCache({ url: redisUrl });
    const b = new RedisCache({ url: redisUrl });
    try {
      const order: string[] = [];
      let release!: () => void;
      const first = a.withLock('lk', async () => {
        order.push('a start');
        await new Promise<void>((resolve) => (release = resolve));
        order.push('a end');
      });
      while (order.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const second = b.withLock('lk', async () => void order.push('b'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(order).toEqual(['a start']);
      release();
      await Promise.all([first, second]);
      expect(order).toEqual(['a start', 'a end', 'b']);
      // A lock that expired under its holder and was taken by another is not deleted by the first.
      const short = new RedisCache({ url: redisUrl, lockTtlMs: 50 });
      await short.withLock('lk2', async () => {
        await new Promise((resolve) => setTimeout(resolve, 120));
        await b.set('lk2', 'someone-else');
      });
      expect(await b.get('lk2')).toBe('someone-else');
      await short.close();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a Redis that is down fails fast (the SDK counts that a miss), and withLock still runs the task', async () => {
    const down = new RedisCache({ url: `redis://127.0.0.1:${await freePort()}`, lockWaitMs: 100 });
    try {
      await expect(down.get('x')).rejects.toThrow();
      await expect(down.withLock('x', async () => 'ran')).resolves.toBe('ran');
    } finally {
      await down.close();
    }
  });
});

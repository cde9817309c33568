/**
 * RedisCache against a real redis-server (Debian's, started here on a free port) and the
 * sandbox: 8 Node processes × 50 concurrent calls share one login, and a token the server
 * expires mid-burst costs exactly one more.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { RedisCache } from './redis';
import { freePort, RedisServer, startWorkers, type Worker } from './redis-server.test-util';

const PROCESSES = 8;
const CALLS = 50;
const root = fileURLToPath(new URL('../..', import.meta.url));

let redisServer: RedisServer;
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
  redisServer = await RedisServer.start();
  redisUrl = redisServer.url;
  sandbox = await startSandbox({});
  workers = await startWorkers(root, PROCESSES, { REDIS_URL: redisUrl, SANDBOX_URL: sandbox.url, CLIENT_ID: sandbox.clientId, SECRET: sandbox.secret });
}, 180_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.exit()));
  await sandbox?.close();
  await redisServer?.stop();
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
    const down = new RedisCache({ url: `redis://127.0.0.1:${await freePort()}`, lockWaitMs: 100, connectWaitMs: 200 });
    try {
      await expect(down.get('x')).rejects.toThrow();
      await expect(down.withLock('x', async () => 'ran')).resolves.toBe('ran');
    } finally {
      await down.close();
    }
  });
});

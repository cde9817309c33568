/**
 * RedisCache through a Redis outage: 4 Node processes call the sandbox without pause while
 * tokens expire every 2 s; redis-server is killed and started again on the same port. No call
 * fails; while Redis is down each process logs in at most once per expiry (its token is kept in
 * memory); once Redis is back the fleet shares one token again: one login per expiry in total.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { RedisServer, startWorkers, type Worker } from './redis-server.test-util';

const PROCESSES = 4;
const TOKEN_TTL_S = 2;
/** The client's lifetime of a token: expires_in minus its 10% safety margin. */
const TOKEN_LIFE_MS = TOKEN_TTL_S * 900;
const root = fileURLToPath(new URL('../..', import.meta.url));

let redis: RedisServer;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let workers: Worker[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** When each successful login of the sandbox's log happened (ms epoch). */
async function loginTimes(): Promise<number[]> {
  const res = await fetch(`${sandbox.url}/__sandbox/requests`);
  const { requests } = (await res.json()) as { requests: { path: string; status: number | null; at: string }[] };
  return requests.filter((r) => r.path === '/token' && r.status === 200).map((r) => Date.parse(r.at));
}

beforeAll(async () => {
  redis = await RedisServer.start();
  sandbox = await startSandbox({ tokenTtlSeconds: TOKEN_TTL_S });
  workers = await startWorkers(root, PROCESSES, {
    REDIS_URL: redis.url,
    SANDBOX_URL: sandbox.url,
    CLIENT_ID: sandbox.clientId,
    SECRET: sandbox.secret,
    REDIS_MAX_DELAY_MS: '200',
  });
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.exit()));
  await sandbox?.close();
  await redis?.stop();
});

it(`${PROCESSES} processes keep calling through a Redis restart: no failed call, one login per expiry once Redis is back`, async () => {
  for (const w of workers) w.send('loop 1 30');
  expect(await Promise.all(workers.map((w) => w.next()))).toEqual(workers.map(() => 'looping'));
  await sleep(2 * TOKEN_LIFE_MS);

  await redis.stop();
  const downSince = Date.now();
  await sleep(2.5 * TOKEN_LIFE_MS);
  const downFor = Date.now() - downSince;
  await redis.start();
  const loginsWhileDown = (await loginTimes()).filter((t) => t >= downSince && t < downSince + downFor);
  // Without Redis every process is on its own, but logs in only when its own token expires.
  expect(loginsWhileDown.length).toBeGreaterThan(0);
  expect(loginsWhileDown.length).toBeLessThanOrEqual(PROCESSES * (Math.floor(downFor / TOKEN_LIFE_MS) + 1));

  // The tokens of the outage expire within one lifetime; from then on only the shared one is used.
  await sleep(TOKEN_LIFE_MS + 500);
  const recovered = Date.now();
  await sleep(4 * TOKEN_LIFE_MS);
  const until = Date.now();

  for (const w of workers) w.send('stop');
  const done = (await Promise.all(workers.map((w) => w.next()))).map((line) => line.split(' '));
  expect(done.map(([word, , failed]) => `${word} ${failed}`), workers.map((w) => w.stderr).join('\n')).toEqual(workers.map(() => 'done 0'));
  expect(done.reduce((sum, [, ok]) => sum + Number(ok), 0)).toBeGreaterThan(100);

  const after = (await loginTimes()).filter((t) => t >= recovered && t < until);
  // One login per expiry for the whole fleet: about one per token lifetime, never two close together.
  expect(after.length).toBeGreaterThanOrEqual(3);
  expect(after.length).toBeLessThanOrEqual(Math.floor((until - recovered) / TOKEN_LIFE_MS) + 1);
  const gaps = after.slice(1).map((t, i) => t - (after[i] ?? 0));
  for (const gap of gaps) expect(gap).toBeGreaterThan(TOKEN_LIFE_MS - 300);
}, 60_000);

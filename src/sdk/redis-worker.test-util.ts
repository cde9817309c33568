/**
 * One merchant-server process for the Redis tests: a Client on a shared RedisCache.
 * stdin commands (one per line):
 * - `burst redis|memory N` starts N concurrent calls, answers `sent` once they are all started
 *   and `done <ok> <failed>` when they settle;
 * - `loop N PAUSE_MS` starts N callers that each call, pause, call again… until `stop`, which
 *   answers `done <ok> <failed>` once they have settled;
 * - `exit` closes the cache and ends the process.
 * REDIS_MAX_DELAY_MS (optional) caps the reconnection backoff.
 */
import { createInterface } from 'node:readline';
import { Client, MemoryCache, type CacheAdapter } from './index';
import { RedisCache } from './redis';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const maxDelay = process.env.REDIS_MAX_DELAY_MS;
const redis = new RedisCache({ url: env('REDIS_URL'), ...(maxDelay ? { reconnectMaxDelayMs: Number(maxDelay) } : {}) });
const makeClient = (cache: CacheAdapter) =>
  new Client({ mode: 'sandbox', baseUrl: env('SANDBOX_URL'), clientId: env('CLIENT_ID'), secret: env('SECRET'), cache });
const shared = makeClient(redis);

function report(settled: PromiseSettledResult<unknown>[]): void {
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  for (const f of failed.slice(0, 3)) console.error(String(f.reason));
  console.log(`done ${settled.length - failed.length} ${failed.length}`);
}

async function burst(client: Client, calls: number): Promise<void> {
  const running = Array.from({ length: calls }, () => client.getPaymentOrders({ pageSize: 1 }));
  console.log('sent');
  report(await Promise.allSettled(running));
}

let looping: Promise<PromiseSettledResult<unknown>[]> | undefined;
let stopping = false;

async function caller(pauseMs: number): Promise<PromiseSettledResult<unknown>[]> {
  const results: PromiseSettledResult<unknown>[] = [];
  while (!stopping) {
    results.push(...(await Promise.allSettled([shared.getPaymentOrders({ pageSize: 1 })])));
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return results;
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, a, b] = line.trim().split(' ');
  if (command === 'burst') {
    void burst(a === 'memory' ? makeClient(new MemoryCache()) : shared, Number(b));
  } else if (command === 'loop') {
    stopping = false;
    looping = Promise.all(Array.from({ length: Number(a) }, () => caller(Number(b)))).then((all) => all.flat());
    console.log('looping');
  } else if (command === 'stop') {
    stopping = true;
    void looping?.then(report);
  } else if (command === 'exit') {
    void redis.close().then(() => process.exit(0));
  }
});
console.log('ready');

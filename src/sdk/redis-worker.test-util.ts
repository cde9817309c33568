/**
 * One merchant-server process for redis.test.ts: a Client on a shared RedisCache.
 * stdin commands (one per line): `burst redis|memory N` starts N concurrent calls,
 * answers `sent` once they are all started and `done <ok> <failed>` when they settle;
 * `exit` closes the cache and ends the process.
 */
import { createInterface } from 'node:readline';
import { Client, MemoryCache, type CacheAdapter } from './index';
import { RedisCache } from './redis';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const redis = new RedisCache({ url: env('REDIS_URL') });
const makeClient = (cache: CacheAdapter) =>
  new Client({ mode: 'sandbox', baseUrl: env('SANDBOX_URL'), clientId: env('CLIENT_ID'), secret: env('SECRET'), cache });
const shared = makeClient(redis);

async function burst(client: Client, calls: number): Promise<void> {
  const running = Array.from({ length: calls }, () => client.getPaymentOrders({ pageSize: 1 }));
  console.log('sent');
  const settled = await Promise.allSettled(running);
  const failed = settled.filter((s) => s.status === 'rejected');
  for (const f of failed.slice(0, 3)) console.error(String(f.reason));
  console.log(`done ${settled.length - failed.length} ${failed.length}`);
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, cache, count] = line.trim().split(' ');
  if (command === 'burst') {
    void burst(cache === 'memory' ? makeClient(new MemoryCache()) : shared, Number(count));
  } else if (command === 'exit') {
    void redis.close().then(() => process.exit(0));
  }
});
console.log('ready');

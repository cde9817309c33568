/** RedisIdempotencyStore against a real redis-server: one claim among processes, release, done, and Redis down. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallbacksHandler, computeSignature } from './index';
import { RedisIdempotencyStore } from './redis';
import { reconnectDelayMs } from './redis-connection';
import { paymentOrder } from './fixtures.test-util';
import { freePort, RedisServer } from './redis-server.test-util';

const SECRET = 'redis-once-secret';
let redis: RedisServer;
const stores: RedisIdempotencyStore[] = [];
const store = (options: { keyPrefix?: string; url?: string; connectWaitMs?: number } = {}) => {
  const s = new RedisIdempotencyStore({ url: redis.url, keyPrefix: `t${Math.random()}:`, ...options });
  stores.push(s);
  return s;
};

beforeAll(async () => {
  redis = await RedisServer.start();
}, 60_000);
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await redis?.stop();
});

describe('RedisIdempotencyStore', () => {
  it('two handlers on two connections (two processes) run a callback delivered to both at once only once', async () => {
    const prefix = `p${Math.random()}:`;
    const [a, b] = [store({ keyPrefix: prefix }), store({ keyPrefix: prefix })];
    const raw = JSON.stringify({ event: 'payment.completed', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order', object: paymentOrder() });
    const headers = { 'chainside-signature': await computeSignature(SECRET, raw) };
    let runs = 0;
    const onEvent = async () => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    const inA = new CallbacksHandler({ secret: SECRET, idempotencyStore: a });
    const inB = new CallbacksHandler({ secret: SECRET, idempotencyStore: b });
    const outcomes = await Promise.all([inA, inB, inA, inB].map((handler) => handler.handleOnce(headers, raw, onEvent)));
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['in_progress', 'in_progress', 'in_progress', 'processed']);
    expect(runs).toBe(1);
    expect((await inB.handleOnce(headers, raw, onEvent)).outcome).toBe('duplicate');
    expect(runs).toBe(1);
  });

  it('release frees only its own claim; complete marks done; a claim expires on its own', async () => {
    const s = store();
    const first = await s.claim('k', 60);
    expect(first.status).toBe('claimed');
    await s.release('k', 'not-my-token');
    expect((await s.claim('k', 60)).status).toBe('in_progress');
    if (first.status !== 'claimed') return;
    await s.release('k', first.token);
    const second = await s.claim('k', 60);
    expect(second.status).toBe('claimed');
    if (second.status === 'claimed') await s.complete('k', second.token, 60);
    expect((await s.claim('k', 60)).status).toBe('done');
    expect((await s.claim('short', 0.05)).status).toBe('claimed');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await s.claim('short', 60)).status).toBe('claimed');
  });

  it('with Redis unreachable a claim fails, so the handler does not run unguarded (WebPOS resends later)', async () => {
    const down = store({ url: `redis://127.0.0.1:${await freePort()}`, connectWaitMs: 100 });
    const raw = JSON.stringify({ event: 'payment.expired', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order', object: paymentOrder() });
    let runs = 0;
    const handler = new CallbacksHandler({ secret: SECRET, idempotencyStore: down });
    await expect(handler.handleOnce({ 'chainside-signature': await computeSignature(SECRET, raw) }, raw, () => void runs++)).rejects.toThrow(/Redis/);
    expect(runs).toBe(0);
  });
});

describe('the reconnection backoff', () => {
  it('is always a number of milliseconds (an Error would close the client for good), growing to its cap', () => {
    for (let retries = 0; retries < 200; retries++) {
      const delay = reconnectDelayMs(retries, 2000);
      expect(typeof delay).toBe('number');
      expect(delay).toBeGreaterThanOrEqual(10);
      expect(delay).toBeLessThanOrEqual(2000);
    }
    expect(reconnectDelayMs(100, 2000)).toBeGreaterThanOrEqual(1000);
  });
});

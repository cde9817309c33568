import { describe, expect, it, vi } from 'vitest';
import { CLIENT_ID, SECRET, useFakeWebpos } from './fake-webpos.test-util';
import { sendError } from './fake-server.test-util';
import { ORDER_UUID } from './fixtures.test-util';
import { AccessTokenExpiredError, Client, MemoryCache, SdkHttpError, type CacheAdapter } from './index';

const fake = useFakeWebpos();
const { makeClient, apiRequests } = fake;

describe('token manager', () => {
  it('shares one login among 50 concurrent calls (single flight)', async () => {
    fake.api.ctl.loginDelayMs = 50;
    const client = makeClient();
    const results = await Promise.all(Array.from({ length: 50 }, () => client.getPaymentOrder(ORDER_UUID)));
    expect(results).toHaveLength(50);
    expect(fake.api.ctl.logins).toBe(1);
    expect(new Set(apiRequests().map((r) => r.headers.authorization))).toEqual(new Set(['Bearer tok-1']));
  });

  it('stores the token in the CacheAdapter with its expiry minus a safety margin', async () => {
    const cache = new MemoryCache();
    const set = vi.spyOn(cache, 'set');
    const client = makeClient({ cache });
    const before = Date.now();
    await client.getCallbacks(ORDER_UUID);
    expect(set).toHaveBeenCalledTimes(1);
    const [key, value, ttl] = set.mock.calls[0] ?? [];
    expect(key).toBe(client.tokenCacheKey);
    expect(ttl).toBe(3600 - 60);
    const stored = value as { accessToken: string; expiresAt: number };
    expect(stored.accessToken).toBe('tok-1');
    expect(stored.expiresAt).toBeGreaterThanOrEqual(before + 3540_000);
    expect(stored.expiresAt).toBeLessThanOrEqual(Date.now() + 3540_000);
    expect(structuredClone(stored)).toEqual(stored);
  });

  it('keeps the token in memory: later calls do not read the cache', async () => {
    const cache = new MemoryCache();
    const get = vi.spyOn(cache, 'get');
    const client = makeClient({ cache });
    for (let i = 0; i < 5; i++) await client.getCallbacks(ORDER_UUID);
    expect(get).toHaveBeenCalledTimes(1);
    expect(fake.api.ctl.logins).toBe(1);
  });

  it('logs in again once the token has (nearly) expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-11-26T10:00:00Z').getTime();
    vi.setSystemTime(start);
    fake.api.ctl.expiresIn = 600; // margin: 60 s
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    vi.setSystemTime(start + 539_000);
    await client.getCallbacks(ORDER_UUID);
    expect(fake.api.ctl.logins).toBe(1);
    vi.setSystemTime(start + 541_000);
    await client.getCallbacks(ORDER_UUID);
    expect(fake.api.ctl.logins).toBe(2);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
  });

  it('reuses a cached token across client instances (service-worker restart)', async () => {
    const cache = new MemoryCache();
    await makeClient({ cache }).getCallbacks(ORDER_UUID);
    await makeClient({ cache }).getCallbacks(ORDER_UUID);
    expect(fake.api.ctl.logins).toBe(1);
  });

  it('namespaces cache keys by mode, base URL and client id', async () => {
    const cache = new MemoryCache();
    const a = makeClient({ cache });
    const b = makeClient({ cache, mode: 'live' });
    const c = makeClient({ cache, baseUrl: fake.server.url + '/' + 'v' });
    const d = new Client({ mode: 'sandbox', clientId: 'other', secret: SECRET, baseUrl: fake.server.url, cache });
    const keys = new Set([a, b, c, d].map((x) => x.tokenCacheKey));
    expect(keys.size).toBe(4);
    expect(a.tokenCacheKey).toContain(CLIENT_ID);
    expect(a.tokenCacheKey).not.toContain(SECRET);
    await a.getCallbacks(ORDER_UUID);
    await b.getCallbacks(ORDER_UUID);
    expect(fake.api.ctl.logins).toBe(2);
    await expect(d.getCallbacks(ORDER_UUID)).rejects.toBeInstanceOf(SdkHttpError); // bad credentials: 1001, no foreign token
    expect(fake.server.requests.at(-1)?.path).toBe('/token');
  });

  it('on 1004 logs in again and repeats the request once', async () => {
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    fake.api.ctl.expired.add('tok-1');
    await client.getCallbacks(ORDER_UUID);
    expect(fake.api.ctl.logins).toBe(2);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
  });

  it('a second 1004 is surfaced, never looped', async () => {
    const client = makeClient();
    fake.api.ctl.route = (_req, res) => {
      sendError(res, 401, '1004');
      return true;
    };
    const err = await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AccessTokenExpiredError);
    expect((err as AccessTokenExpiredError).errorCode).toBe('1004');
    expect(apiRequests()).toHaveLength(2);
    expect(fake.api.ctl.logins).toBe(2);
  });

  it('concurrent 1004s share one re-login', async () => {
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    fake.api.ctl.expired.add('tok-1');
    fake.api.ctl.loginDelayMs = 30;
    await Promise.all(Array.from({ length: 10 }, () => client.getCallbacks(ORDER_UUID)));
    expect(fake.api.ctl.logins).toBe(2);
  });

  it('a failing cache adapter never fails a call', async () => {
    const broken: CacheAdapter = {
      get: () => Promise.reject(new Error('idb down')),
      set: () => Promise.reject(new Error('idb down')),
      delete: () => Promise.reject(new Error('idb down')),
    };
    const client = makeClient({ cache: broken });
    await client.getCallbacks(ORDER_UUID);
    await client.getCallbacks(ORDER_UUID);
    expect(fake.api.ctl.logins).toBe(1);
  });

  it('a failed login is not cached: the next call tries again', async () => {
    const client = new Client({ mode: 'sandbox', clientId: CLIENT_ID, secret: 'wrong-secret', baseUrl: fake.server.url });
    await expect(client.getCallbacks(ORDER_UUID)).rejects.toMatchObject({ errorCode: '1001' });
    await expect(client.getCallbacks(ORDER_UUID)).rejects.toMatchObject({ errorCode: '1001' });
    expect(fake.server.requests.filter((r) => r.path === '/token')).toHaveLength(2);
  });
});

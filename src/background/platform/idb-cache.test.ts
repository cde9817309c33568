import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { Client, type CachedToken } from '../../sdk';
import { IdbCache } from './idb-cache';

let n = 0;
const freshStore = () => createStore(`test-token-cache-${++n}`, 'kv');

describe('IdbCache (the SDK CacheAdapter on IndexedDB)', () => {
  it('stores, reads and deletes plain values', async () => {
    const cache = new IdbCache({ store: freshStore() });
    expect(await cache.get('k')).toBeUndefined();
    await cache.set('k', { a: 1, b: ['x'] });
    expect(await cache.get('k')).toEqual({ a: 1, b: ['x'] });
    await cache.delete('k');
    expect(await cache.get('k')).toBeUndefined();
  });

  it('expires entries after their TTL', async () => {
    let now = 1_000;
    const cache = new IdbCache({ store: freshStore(), now: () => now });
    await cache.set('token', 'abc', 60);
    now += 59_000;
    expect(await cache.get('token')).toBe('abc');
    now += 1_000;
    expect(await cache.get('token')).toBeUndefined();
  });

  it('survives a new adapter on the same database (a restarted service worker)', async () => {
    const store = freshStore();
    await new IdbCache({ store }).set('k', 'v', 3600);
    expect(await new IdbCache({ store }).get('k')).toBe('v');
  });

  it('gives a restarted client the cached token: no second login', async () => {
    const store = freshStore();
    let logins = 0;
    const fetch = async (url: string) => {
      if (url.endsWith('/token')) {
        logins += 1;
        return new Response(JSON.stringify({ access_token: 'tok-123456', token_type: 'Bearer', expires_in: 3600, id_token: null, scope: '*' }), { status: 200 });
      }
      return new Response(JSON.stringify({ paymentorders: [], total_items: 0, total_pages: 0 }), { status: 200 });
    };
    const config = { mode: 'sandbox' as const, clientId: 'id', secret: 'secret-xyz', baseUrl: 'http://127.0.0.1:1', fetch };
    await new Client({ ...config, cache: new IdbCache({ store }) }).getPaymentOrders();
    await new Client({ ...config, cache: new IdbCache({ store }) }).getPaymentOrders();
    expect(logins).toBe(1);
    const client = new Client({ ...config, cache: new IdbCache({ store }) });
    const cached = await new IdbCache({ store }).get<CachedToken>(client.tokenCacheKey);
    expect(cached?.accessToken).toBe('tok-123456');
  });

  it('treats an entry in a foreign shape as a miss', async () => {
    const store = freshStore();
    const { set } = await import('idb-keyval');
    await set('k', 'raw string', store);
    expect(await new IdbCache({ store }).get('k')).toBeUndefined();
  });
});

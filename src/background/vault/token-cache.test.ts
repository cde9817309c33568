import { describe, expect, it } from 'vitest';
import { storageForTest } from '../platform/storage.test-util';
import { SessionCache } from './token-cache';

describe('the token cache in session storage', () => {
  it('keeps a token until its time is up, under the key the SDK gives', async () => {
    const storage = storageForTest();
    let now = 1_000;
    const cache = new SessionCache(() => now);
    await cache.set('m-1|sandbox', { token: 'tok' }, 60);
    expect(await cache.get('m-1|sandbox')).toEqual({ token: 'tok' });
    expect(await storage.raw('session', 'token:m-1|sandbox')).toEqual({ value: { token: 'tok' }, expiresAt: 61_000 });
    now = 61_000;
    expect(await cache.get('m-1|sandbox')).toBeUndefined();
    expect(await storage.raw('session', 'token:m-1|sandbox')).toBeUndefined();
  });

  it('clears every token on lock and nothing else in the session', async () => {
    const storage = storageForTest();
    const cache = new SessionCache();
    await cache.set('a', 'one');
    await cache.set('b', 'two');
    await storage.items.health.setValue({ state: 'ok', since: 1, message: null });
    await cache.clear();
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBeUndefined();
    expect(await storage.items.health.getValue()).toEqual({ state: 'ok', since: 1, message: null });
  });

  it('ignores an entry that is not one it wrote', async () => {
    const storage = storageForTest();
    await storage.put('session', { 'token:x': 'garbage' });
    expect(await new SessionCache().get('x')).toBeUndefined();
  });
});

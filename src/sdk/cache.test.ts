import { describe, expect, it } from 'vitest';
import { MemoryCache } from './index';

describe('MemoryCache', () => {
  it('gets, sets, deletes and expires entries', async () => {
    let now = 1_000;
    const cache = new MemoryCache({ now: () => now });
    expect(await cache.get('a')).toBeUndefined();
    await cache.set('a', { x: 1 });
    await cache.set('b', 'short', 10);
    expect(await cache.get('a')).toEqual({ x: 1 });
    expect(await cache.get<string>('b')).toBe('short');
    expect(cache.size).toBe(2);
    now += 10_000;
    expect(await cache.get('b')).toBeUndefined();
    expect(cache.size).toBe(1);
    await cache.delete('a');
    expect(await cache.get('a')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { forgetLastOrder, readLastOrder, rememberLastOrder } from './last-order';
import { memoryStore } from './memory-store.test-util';

const now = Date.UTC(2026, 10, 26, 12);

describe('last order', () => {
  it('is remembered until it expires', () => {
    const store = memoryStore();
    rememberLastOrder(store, { uuid: 'u1', expiration: '2026-11-26T12:15:00Z' });
    expect(readLastOrder(store, now)).toEqual({ uuid: 'u1', expiration: '2026-11-26T12:15:00Z' });
    expect(readLastOrder(store, now + 15 * 60_000)).toBeNull();
    expect(store.map.size).toBe(0);
  });

  it('is forgotten only for its own uuid', () => {
    const store = memoryStore();
    rememberLastOrder(store, { uuid: 'u1', expiration: '2026-11-26T12:15:00Z' });
    forgetLastOrder(store, 'u2');
    expect(readLastOrder(store, now)?.uuid).toBe('u1');
    forgetLastOrder(store, 'u1');
    expect(readLastOrder(store, now)).toBeNull();
  });

  it('shrugs off garbage', () => {
    const store = memoryStore();
    store.setItem('webpos-counter.last-order', '{not json');
    expect(readLastOrder(store, now)).toBeNull();
    store.setItem('webpos-counter.last-order', '{"uuid":1}');
    expect(readLastOrder(store, now)).toBeNull();
  });
});

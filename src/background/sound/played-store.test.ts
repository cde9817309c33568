import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../platform/storage-items';
import { MAX_PLAYED_ORDERS, PlayedSounds, type PlayedRecord } from './played-store';

function memoryItem(initial: unknown = {}): StoredItem<PlayedRecord> & { value: unknown } {
  return {
    value: initial,
    async getValue() { return this.value as PlayedRecord; },
    async setValue(v) { this.value = structuredClone(v); },
    async removeValue() { this.value = {}; },
  };
}

describe('PlayedSounds', () => {
  it('grants each order state once, also to a restarted worker', async () => {
    const item = memoryItem();
    const played = new PlayedSounds(item);
    expect(await played.claim('a', 'paid')).toBe(true);
    expect(await played.claim('a', 'paid')).toBe(false);
    expect(await played.claim('a', 'chargeback')).toBe(true);
    expect(await played.claim('b', 'paid')).toBe(true);
    const restarted = new PlayedSounds(item);
    expect(await restarted.claim('a', 'paid')).toBe(false);
    expect(await restarted.claim('b', 'paid')).toBe(false);
  });

  it('lets only one of two simultaneous claims of the same change win', async () => {
    const played = new PlayedSounds(memoryItem());
    const results = await Promise.all([played.claim('a', 'paid'), played.claim('a', 'paid'), played.claim('a', 'paid')]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('keeps the newest orders only, so storage stays small', async () => {
    let clock = 0;
    const item = memoryItem();
    const played = new PlayedSounds(item, () => ++clock);
    for (let i = 0; i <= MAX_PLAYED_ORDERS; i++) await played.claim(`order-${i}`, 'paid');
    expect(Object.keys(item.value as PlayedRecord)).toHaveLength(MAX_PLAYED_ORDERS);
    expect(item.value).not.toHaveProperty('order-0');
    expect(await played.claim(`order-${MAX_PLAYED_ORDERS}`, 'paid')).toBe(false);
  });

  it('reads a damaged stored value as empty instead of failing', async () => {
    for (const damaged of [null, 'x', [1], { a: 'paid' }, { a: { statuses: 'paid', at: 1 } }]) {
      const played = new PlayedSounds(memoryItem(damaged));
      expect(await played.claim('a', 'paid')).toBe(true);
    }
  });
});

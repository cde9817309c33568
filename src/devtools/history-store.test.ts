import { describe, expect, it } from 'vitest';
import type { WebhookVerdict } from '../messaging/protocol';
import { createHistoryStore, entryFor, HISTORY_KEY, type StorageAreaLike } from './history-store';

function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => void delete data[key],
  };
}

const verdict: WebhookVerdict = {
  valid: true, signatureValid: true, bodyBytes: 10, reason: null, message: 'ok', secretSource: 'stored', matchingSecret: null,
  fields: [], diagnoses: [], prettyBody: '{"secret-ish body":1}',
  summary: { event: 'payment.completed', createdAt: 'x', orderUuid: 'u', amount: '1', status: 'paid' },
};

describe('history store', () => {
  it('keeps the newest 20, newest first', async () => {
    const store = createHistoryStore(memoryArea());
    for (let i = 0; i < 25; i++) await store.add(entryFor(verdict, i));
    const list = await store.list();
    expect(list).toHaveLength(20);
    expect(list[0]?.at).toBe(24);
    expect(list[19]?.at).toBe(5);
  });

  it('stores only verdict, event, time and reason: no body, signature or secret', async () => {
    const area = memoryArea();
    await createHistoryStore(area).add(entryFor(verdict, 1));
    expect(area.data[HISTORY_KEY]).toEqual([{ at: 1, valid: true, signatureValid: true, event: 'payment.completed', reason: null }]);
  });

  it('clears, and survives garbage in storage', async () => {
    const area = memoryArea({ [HISTORY_KEY]: [null, 'x', { at: 'no' }, { at: 2, valid: false, signatureValid: false, event: null, reason: 'invalid_json' }] });
    const store = createHistoryStore(area);
    expect(await store.list()).toHaveLength(1);
    await store.clear();
    expect(await store.list()).toEqual([]);
    expect(await createHistoryStore(memoryArea({ [HISTORY_KEY]: 'nope' })).list()).toEqual([]);
  });
});

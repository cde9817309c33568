import { describe, expect, it } from 'vitest';
import type { WebhookVerdict } from '../messaging/protocol';
import { fakeBrowser } from '@webext-core/fake-browser';
import { createHistoryStore, entryFor, HISTORY_KEY } from './history-store';

const stored = async (): Promise<unknown> => (await fakeBrowser.storage.local.get(HISTORY_KEY))[HISTORY_KEY];
const put = (value: unknown) => fakeBrowser.storage.local.set({ [HISTORY_KEY]: value });

const verdict: WebhookVerdict = {
  valid: true, signatureValid: true, bodyBytes: 10, reason: null, message: 'ok', secretSource: 'stored', matchingSecret: null,
  fields: [], diagnoses: [], prettyBody: '{"secret-ish body":1}',
  summary: { event: 'payment.completed', createdAt: 'x', orderUuid: 'u', amount: '1', status: 'paid' },
};

describe('history store', () => {
  it('reads the list the panel wrote before storage items, under the same key', async () => {
    await put([{ at: 7, valid: false, signatureValid: false, event: null, reason: 'invalid_json' }]);
    expect(await createHistoryStore().list()).toEqual([{ at: 7, valid: false, signatureValid: false, event: null, reason: 'invalid_json' }]);
  });

  it('keeps the newest 20, newest first', async () => {
    const store = createHistoryStore();
    for (let i = 0; i < 25; i++) await store.add(entryFor(verdict, i));
    const list = await store.list();
    expect(list).toHaveLength(20);
    expect(list[0]?.at).toBe(24);
    expect(list[19]?.at).toBe(5);
  });

  it('stores only verdict, event, time and reason: no body, signature or secret', async () => {
    await createHistoryStore().add(entryFor(verdict, 1));
    expect(await stored()).toEqual([{ at: 1, valid: true, signatureValid: true, event: 'payment.completed', reason: null }]);
  });

  it('clears, and survives garbage in storage', async () => {
    await put([null, 'x', { at: 'no' }, { at: 2, valid: false, signatureValid: false, event: null, reason: 'invalid_json' }]);
    const store = createHistoryStore();
    expect(await store.list()).toHaveLength(1);
    await store.clear();
    expect(await store.list()).toEqual([]);
    expect(await stored()).toBeUndefined();
    await put('nope');
    expect(await createHistoryStore().list()).toEqual([]);
  });
});

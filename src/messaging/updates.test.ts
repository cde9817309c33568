import { describe, expect, it, vi } from 'vitest';
import { subscribeUpdates, type PagePort } from './subscribe';
import { readPageMessage, readPush } from './updates';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('following the sale at the counter on the update channel', () => {
  it('reads a follow and a show; a watch can no longer make its order current', () => {
    expect(readPageMessage({ type: 'follow' })).toEqual({ type: 'follow' });
    expect(readPageMessage({ type: 'show', uuid: 'u-1' })).toEqual({ type: 'show', uuid: 'u-1' });
    for (const uuid of ['', null, 3, 'x'.repeat(65)]) expect(readPageMessage({ type: 'show', uuid })).toBeUndefined();
    // The old "current" flag of a watch is ignored: showing an order never puts it on the display.
    expect(readPageMessage({ type: 'watch', uuid: 'u-1', current: true })).toEqual({ type: 'watch', uuid: 'u-1' });
    expect(readPageMessage({ type: 'unfollow' })).toBeUndefined();
    expect(readPageMessage(null)).toBeUndefined();
  });

  it('reads which order is current, and refuses a malformed one', () => {
    expect(readPush({ type: 'current', uuid: 'u-1' })).toEqual({ type: 'current', uuid: 'u-1' });
    expect(readPush({ type: 'current', uuid: null })).toEqual({ type: 'current', uuid: null });
    for (const uuid of ['', 3, undefined, 'x'.repeat(65)]) expect(readPush({ type: 'current', uuid })).toBeUndefined();
  });

  it('reads whether WebPOS answers, and refuses a malformed health push', () => {
    expect(readPush({ type: 'health', state: 'unreachable', since: 5, extra: 1 })).toEqual({ type: 'health', state: 'unreachable', since: 5 });
    expect(readPush({ type: 'health', state: 'ok', since: null })).toEqual({ type: 'health', state: 'ok', since: null });
    expect(readPush({ type: 'health', state: 'offline', since: null })).toBeUndefined();
    expect(readPush({ type: 'health', state: 'ok', since: 'yesterday' })).toBeUndefined();
    expect(readPush({ type: 'health', state: 'ok', since: Number.NaN })).toBeUndefined();
  });

  it('a following page says follow (on every connect), a showing page only watches', () => {
    const sent: unknown[] = [];
    const port = (): PagePort => ({
      postMessage: (message) => void sent.push(message),
      disconnect: () => undefined,
      onMessage: { addListener: () => undefined },
      onDisconnect: { addListener: () => undefined },
    });
    subscribeUpdates({ watch: null, follow: true, onPush: () => undefined, connect: port })();
    subscribeUpdates({ watch: 'u-1', onPush: () => undefined, connect: port })();
    expect(sent).toEqual([{ type: 'follow' }, { type: 'watch', uuid: 'u-1' }]);
  });
});

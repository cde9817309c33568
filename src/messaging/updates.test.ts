import { describe, expect, it, vi } from 'vitest';
import { subscribeUpdates, type PagePort } from './subscribe';
import { readPageMessage, readPush } from './updates';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('following the current order on the update channel', () => {
  it('reads a follow, and a watch that marks the cashier’s current order', () => {
    expect(readPageMessage({ type: 'follow' })).toEqual({ type: 'follow' });
    expect(readPageMessage({ type: 'watch', uuid: 'u-1', current: true })).toEqual({ type: 'watch', uuid: 'u-1', current: true });
    // Only `true` marks it: anything else is a plain watch.
    expect(readPageMessage({ type: 'watch', uuid: 'u-1', current: 'yes' })).toEqual({ type: 'watch', uuid: 'u-1' });
    expect(readPageMessage({ type: 'unfollow' })).toBeUndefined();
    expect(readPageMessage(null)).toBeUndefined();
  });

  it('reads which order is current, and refuses a malformed one', () => {
    expect(readPush({ type: 'current', uuid: 'u-1' })).toEqual({ type: 'current', uuid: 'u-1' });
    expect(readPush({ type: 'current', uuid: null })).toEqual({ type: 'current', uuid: null });
    for (const uuid of ['', 3, undefined, 'x'.repeat(65)]) expect(readPush({ type: 'current', uuid })).toBeUndefined();
  });

  it('a following page says follow (on every connect), a cashier’s view says current', () => {
    const sent: unknown[] = [];
    const port = (): PagePort => ({
      postMessage: (message) => void sent.push(message),
      disconnect: () => undefined,
      onMessage: { addListener: () => undefined },
      onDisconnect: { addListener: () => undefined },
    });
    subscribeUpdates({ watch: null, follow: true, onPush: () => undefined, connect: port })();
    subscribeUpdates({ watch: 'u-1', current: true, onPush: () => undefined, connect: port })();
    subscribeUpdates({ watch: null, current: true, onPush: () => undefined, connect: port })();
    expect(sent).toEqual([{ type: 'follow' }, { type: 'watch', uuid: 'u-1', current: true }, { type: 'watch', uuid: null }]);
  });
});

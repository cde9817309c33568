import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CachedOrder, OrderRow } from './protocol';
import { subscribeUpdates, type PagePort } from './subscribe';
import type { UpdatePush } from './updates';

// The real polyfill refuses to load outside an extension; every test passes its own `connect`.
vi.mock('webextension-polyfill', () => ({ default: {} }));

class FakePort implements PagePort {
  sent: unknown[] = [];
  disconnected = false;
  readonly #onMessage: ((message: unknown) => void)[] = [];
  readonly #onDisconnect: (() => void)[] = [];
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  onMessage = { addListener: (listener: (message: unknown) => void) => void this.#onMessage.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => void this.#onDisconnect.push(listener) };
  /** The worker pushes. */
  push(message: unknown) {
    for (const listener of this.#onMessage) listener(message);
  }
  /** The worker was stopped. */
  drop() {
    for (const listener of this.#onDisconnect) listener();
  }
}

const push = { type: 'order', cached: { fetchedAt: 1 } as CachedOrder, row: { uuid: 'u-1' } as OrderRow } satisfies UpdatePush;

function setup(watch: string | null) {
  const ports: FakePort[] = [];
  const pushes: UpdatePush[] = [];
  const reconnects = vi.fn();
  const unsubscribe = subscribeUpdates({
    watch,
    onPush: (p) => pushes.push(p),
    onReconnect: reconnects,
    connect: () => {
      const port = new FakePort();
      ports.push(port);
      return port;
    },
    retryMs: 500,
  });
  return { ports, pushes, reconnects, unsubscribe };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('subscribeUpdates', () => {
  it('connects once, tells the worker which order is shown, and hands on its pushes', () => {
    const { ports, pushes, reconnects } = setup('u-1');
    expect(ports).toHaveLength(1);
    expect(ports[0]?.sent).toEqual([{ type: 'watch', uuid: 'u-1' }]);
    ports[0]?.push(push);
    ports[0]?.push({ type: 'order' }); // Not a push: ignored.
    ports[0]?.push('noise');
    expect(pushes).toEqual([push]);
    expect(reconnects).not.toHaveBeenCalled();
  });

  it('connects again when the worker was stopped, renewing the watch, and says so', () => {
    const { ports, pushes, reconnects } = setup('u-1');
    ports[0]?.drop();
    expect(ports).toHaveLength(1);
    vi.advanceTimersByTime(500);
    expect(ports).toHaveLength(2);
    expect(ports[1]?.sent).toEqual([{ type: 'watch', uuid: 'u-1' }]);
    expect(reconnects).toHaveBeenCalledTimes(1);
    ports[0]?.push(push); // A late message on the old port is not handed on twice.
    ports[1]?.push(push);
    expect(pushes).toEqual([push]);
  });

  it('after unsubscribing: the port is closed, nothing is handed on and nothing reconnects', () => {
    const { ports, pushes, unsubscribe } = setup(null);
    expect(ports[0]?.sent).toEqual([{ type: 'watch', uuid: null }]);
    unsubscribe();
    expect(ports[0]?.disconnected).toBe(true);
    ports[0]?.push(push);
    ports[0]?.drop();
    vi.advanceTimersByTime(5000);
    expect(ports).toHaveLength(1);
    expect(pushes).toEqual([]);
  });

  it('names the unsure attempt it shows on every connect, and hands on attempt verdicts', () => {
    const ports: FakePort[] = [];
    const pushes: UpdatePush[] = [];
    subscribeUpdates({
      watch: null,
      attempt: 'attempt-1',
      onPush: (p) => pushes.push(p),
      connect: () => (ports.push(new FakePort()), ports.at(-1)!),
      retryMs: 10,
    });
    ports[0]?.drop();
    vi.advanceTimersByTime(10);
    expect(ports.map((p) => p.sent)).toEqual([[{ type: 'watch', uuid: null, attempt: 'attempt-1' }], [{ type: 'watch', uuid: null, attempt: 'attempt-1' }]]);
    const verdict = { type: 'attempt', attemptId: 'attempt-1', outcome: { state: 'forgotten' } } satisfies UpdatePush;
    ports[1]?.push(verdict);
    ports[1]?.push({ type: 'attempt', attemptId: 'attempt-1' }); // No outcome: not a push.
    expect(pushes).toEqual([verdict]);
  });

  it('keeps trying while the extension cannot be reached', () => {
    let attempts = 0;
    const port = new FakePort();
    subscribeUpdates({
      watch: 'u-1',
      onPush: () => undefined,
      connect: () => {
        if (++attempts < 3) throw new Error('Extension context invalidated.');
        return port;
      },
      retryMs: 100,
    });
    vi.advanceTimersByTime(200);
    expect(attempts).toBe(3);
    expect(port.sent).toEqual([{ type: 'watch', uuid: 'u-1' }]);
  });
});

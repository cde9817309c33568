import { describe, expect, it, vi } from 'vitest';
import { showOnDisplay } from './show-on-display';
import type { PagePort } from './subscribe';

vi.mock('webextension-polyfill', () => ({ default: {} }));

/** A port to a worker that answers a show with `answer` (or nothing). */
function workerPort(answer: (uuid: string) => unknown) {
  const sent: unknown[] = [];
  let disconnected = false;
  let listener: ((message: unknown) => void) | undefined;
  const port: PagePort = {
    postMessage: (message) => {
      sent.push(message);
      const reply = answer((message as { uuid: string }).uuid);
      if (reply !== undefined) queueMicrotask(() => listener?.(reply));
    },
    disconnect: () => void (disconnected = true),
    onMessage: { addListener: (l) => void (listener = l) },
    onDisconnect: { addListener: () => undefined },
  };
  return { port, sent, disconnected: () => disconnected };
}

describe('showOnDisplay', () => {
  it('asks the worker to show the order, resolves when the worker says it is the sale at the counter, and closes its port', async () => {
    const worker = workerPort((uuid) => ({ type: 'current', uuid }));
    await showOnDisplay('u-1', () => worker.port);
    expect(worker.sent).toEqual([{ type: 'show', uuid: 'u-1' }]);
    expect(worker.disconnected()).toBe(true);
  });

  it('is not fooled by another order becoming current, and fails when the worker never confirms', async () => {
    vi.useFakeTimers();
    try {
      const worker = workerPort(() => ({ type: 'current', uuid: 'someone-else' }));
      const shown = showOnDisplay('u-1', () => worker.port);
      const outcome = shown.then(() => 'shown', (error: Error) => error.message);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(await outcome).toBe('The background did not answer.');
      expect(worker.disconnected()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

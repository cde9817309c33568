import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FetchLike } from './config';
import { ExchangeTimedOut, timedExchange } from './timed-exchange';

/** A body whose chunks the test pushes, and which records being cancelled. */
function controlledBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    cancel: () => {
      state.cancelled = true;
    },
  });
  return {
    stream,
    state,
    push: (text: string) => controller.enqueue(new TextEncoder().encode(text)),
    end: () => controller.close(),
  };
}

/** A fetch the test answers by hand. */
function manualFetch() {
  const calls: { resolve: (r: Response) => void; reject: (e: unknown) => void }[] = [];
  const fetchFn: FetchLike = () => new Promise<Response>((resolve, reject) => calls.push({ resolve, reject }));
  return { fetchFn, calls };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('timedExchange', () => {
  it('returns the response and its whole body, read chunk by chunk, and leaves no timer behind', async () => {
    const { fetchFn, calls } = manualFetch();
    const body = controlledBody();
    const pending = timedExchange(fetchFn, 'http://x.test/a', {}, 1000);
    calls[0]!.resolve(new Response(body.stream, { status: 201 }));
    body.push('{"caf');
    body.push('é":1}');
    body.end();
    const { response, text } = await pending;
    expect(response.status).toBe(201);
    expect(text).toBe('{"café":1}');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads an answer without a body as empty text', async () => {
    const { fetchFn, calls } = manualFetch();
    const pending = timedExchange(fetchFn, 'http://x.test/a', {}, 1000);
    calls[0]!.resolve(new Response(null, { status: 204 }));
    expect((await pending).text).toBe('');
  });

  it('gives up at the timeout while waiting for headers, and cancels a late answer’s body unread', async () => {
    const { fetchFn, calls } = manualFetch();
    const outcome = timedExchange(fetchFn, 'http://x.test/a', {}, 1000).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toBeInstanceOf(ExchangeTimedOut);

    const late = controlledBody();
    calls[0]!.resolve(new Response(late.stream));
    await vi.runAllTimersAsync();
    expect(late.state.cancelled).toBe(true);
  });

  it('gives up at the timeout while the body stalls, cancelling the read (which closes the connection)', async () => {
    const { fetchFn, calls } = manualFetch();
    const body = controlledBody();
    const outcome = timedExchange(fetchFn, 'http://x.test/a', {}, 1000).catch((e: unknown) => e);
    calls[0]!.resolve(new Response(body.stream));
    body.push('{"callbacks":');
    await vi.advanceTimersByTimeAsync(1000);
    expect(await outcome).toBeInstanceOf(ExchangeTimedOut);
    expect(body.state.cancelled).toBe(true);
  });

  it('passes a network failure through, and ignores one that comes after the timeout', async () => {
    const { fetchFn, calls } = manualFetch();
    const failed = timedExchange(fetchFn, 'http://x.test/a', {}, 1000);
    const refused = new TypeError('fetch failed');
    calls[0]!.reject(refused);
    await expect(failed).rejects.toBe(refused);
    expect(vi.getTimerCount()).toBe(0);

    const timedOut = timedExchange(fetchFn, 'http://x.test/b', {}, 1000).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await timedOut).toBeInstanceOf(ExchangeTimedOut);
    // A late failure must not surface as an unhandled rejection (vitest would fail the run).
    calls[1]!.reject(new TypeError('socket hang up'));
    await vi.runAllTimersAsync();
  });

  it('times each request on its own: a slow one does not cut a later one short', async () => {
    const { fetchFn, calls } = manualFetch();
    const slow = timedExchange(fetchFn, 'http://x.test/slow', {}, 1000).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(600);
    const later = timedExchange(fetchFn, 'http://x.test/later', {}, 1000);
    await vi.advanceTimersByTimeAsync(400);
    expect(await slow).toBeInstanceOf(ExchangeTimedOut);
    await vi.advanceTimersByTimeAsync(500);
    calls[1]!.resolve(new Response('{}'));
    expect((await later).text).toBe('{}');
  });
});

describe('timedExchange against a server that never answers', () => {
  it('aborts the request at the timeout, so the connection is closed rather than left to the runtime', async () => {
    vi.useRealTimers();
    const { createServer } = await import('node:http');
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    const server = createServer((request) => {
      request.socket.on('close', () => closed());
      // Never answers.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const outcome = timedExchange(fetch, `http://127.0.0.1:${port}/hang`, {}, 200).catch((e: unknown) => e);
      expect(await outcome).toBeInstanceOf(ExchangeTimedOut);
      const within = await Promise.race([connectionClosed.then(() => 'closed'), new Promise((r) => setTimeout(() => r('still open'), 2000))]);
      expect(within).toBe('closed');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('hands fetch a signal that is aborted only when the time runs out', async () => {
    const { fetchFn, calls } = manualFetch();
    let signal: AbortSignal | undefined;
    const spy: FetchLike = (url, init) => {
      signal = init.signal ?? undefined;
      return fetchFn(url, init);
    };
    const outcome = timedExchange(spy, 'http://x.test/a', {}, 1000).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signal?.aborted).toBe(true);
    expect(await outcome).toBeInstanceOf(ExchangeTimedOut);
    calls[0]!.reject(new DOMException('aborted', 'AbortError'));
    await vi.runAllTimersAsync();
  });
});

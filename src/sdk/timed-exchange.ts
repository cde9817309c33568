import type { FetchLike } from './config';

/** Why `timedExchange` gave up: the time ran out (any other failure is the fetch's own error). */
export class ExchangeTimedOut extends Error {
  constructor(timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`);
    this.name = 'ExchangeTimedOut';
  }
}

export interface Exchange {
  response: Response;
  /** The whole body as text ('' when there is none). */
  text: string;
}

/**
 * One fetch and the read of its body, given up after `timeoutMs` for the two together.
 * Rejects with `ExchangeTimedOut` when the time runs out, else with whatever fetch or the read threw.
 *
 * On timeout the request is aborted through its `AbortSignal`, headers or body still to
 * come: a server that accepts and never answers must not keep the connection. Browsers
 * open at most six HTTP/1.1 connections per host, so six such requests left to the
 * runtime's own limit would queue every later call, even once the server is back. The
 * signal costs Node's fetch some work per request (bench figure 6); it replaces any
 * `init.signal`, as the timeout is this function's to keep.
 */
export function timedExchange(fetchFn: FetchLike, url: string, init: RequestInit, timeoutMs: number): Promise<Exchange> {
  return new Promise<Exchange>((resolve, reject) => {
    let settled = false;
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      settled = true;
      controller.abort(new ExchangeTimedOut(timeoutMs));
      reader?.cancel().catch(ignore);
      reject(new ExchangeTimedOut(timeoutMs));
    }, timeoutMs);

    fetchFn(url, { ...init, signal: controller.signal }).then(
      async (response) => {
        if (settled) {
          response.body?.cancel().catch(ignore);
          return;
        }
        reader = response.body?.getReader();
        const text = reader === undefined ? '' : await readText(reader);
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ response, text });
      },
    ).catch((error: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

async function readText(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

function ignore(): void {}

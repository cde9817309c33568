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
 * No AbortSignal is handed to fetch: Node's fetch (undici) does extra work for every
 * request's signal (listeners, a finalizer), about 4 % of a local exchange's CPU time and
 * the largest single part of the SDK's cost over a raw fetch (bench figure 6). A signal
 * shared by many requests costs the same, since the work is per request. A timer races
 * the exchange instead, and on timeout:
 * - a body still arriving has its reader cancelled, which closes the connection;
 * - a request still waiting for its headers cannot be cancelled without a signal: the caller
 *   gets its timeout at once, a late answer's body is cancelled unread, and a server that
 *   never answers is left to the runtime's own limit (Node: 300 s).
 */
export function timedExchange(fetchFn: FetchLike, url: string, init: RequestInit, timeoutMs: number): Promise<Exchange> {
  return new Promise<Exchange>((resolve, reject) => {
    let settled = false;
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    const timer = setTimeout(() => {
      settled = true;
      reader?.cancel().catch(ignore);
      reject(new ExchangeTimedOut(timeoutMs));
    }, timeoutMs);

    fetchFn(url, init).then(
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

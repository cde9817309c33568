/**
 * The WebPOS server's clock as seen from here: every API answer's `Date` header,
 * read at the moment the answer arrives, gives the server's time minus ours. Pages
 * compute countdowns and "N minutes ago" against the server's dates with it, so a
 * shop PC with a wrong clock (or a moved sandbox clock) shows the same as a right one.
 * The SDK is untouched: the client is given a fetch that reads the header.
 */
import type { FetchLike } from '../../sdk';

/** The Date header has whole seconds: on average the server was half a second further. */
const HALF_SECOND_MS = 500;

export class ServerClock {
  #offsetMs: number | null = null;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Records one answer's Date header (ignored when missing or unreadable). */
  observe(dateHeader: string | null, arrivedAt: number = this.#now()): void {
    if (!dateHeader) return;
    const server = Date.parse(dateHeader);
    if (Number.isNaN(server)) return;
    this.#offsetMs = server + HALF_SECOND_MS - arrivedAt;
  }

  /** Server time minus local time in ms; 0 until an answer has been seen. */
  offsetMs(): number {
    return this.#offsetMs ?? 0;
  }

  known(): boolean {
    return this.#offsetMs !== null;
  }

  /** A fetch for the SDK client that records every answer's Date header. */
  wrap(fetchFn: FetchLike = (input, init) => globalThis.fetch(input, init)): FetchLike {
    return async (input, init) => {
      const response = await fetchFn(input, init);
      this.observe(response.headers.get('date'), this.#now());
      return response;
    };
  }
}

/**
 * The API's answers are never taken from, nor written to, the browser's HTTP cache. Besides
 * being always fresh, this matters when WebPOS stops answering: Chromium lets only one request
 * per URL write to its cache at a time, so a read of an order sent while an earlier read of the
 * same order hangs would wait up to 20 s behind it ("cache lock") before even leaving — and the
 * order would be read long after contact came back.
 */
import type { FetchLike } from '../../sdk';

export function uncachedFetch(fetchFn: FetchLike = (input, init) => globalThis.fetch(input, init)): FetchLike {
  return (input, init) => fetchFn(input, { ...init, cache: 'no-store' });
}

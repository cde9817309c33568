/**
 * How long the watch waits after a failed read: exponential backoff from the interval it
 * runs at, capped, and never shorter than what the server asked for with `Retry-After`.
 */
import { SdkHttpError } from '../../sdk';

export const MAX_BACKOFF_MS = 60_000;

/** The server's `Retry-After` in ms (429, 503, a proxy's page), or null when it gave none. */
export function retryAfterMs(error: unknown): number | null {
  if (!(error instanceof SdkHttpError) || error.retryAfterSeconds === undefined) return null;
  return error.retryAfterSeconds * 1000;
}

/** The wait after `failures` (≥ 1) failures in a row, the last one being `error`; at most `capMs` unless the server asked for longer. */
export function backoffMs(failures: number, baseMs: number, error: unknown, capMs = MAX_BACKOFF_MS): number {
  const exponential = Math.min(capMs, baseMs * 2 ** Math.max(0, failures - 1));
  // A Retry-After longer than the cap is still honoured: the server knows its own limits.
  return Math.max(exponential, retryAfterMs(error) ?? 0);
}

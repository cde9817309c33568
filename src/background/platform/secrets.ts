/**
 * The secrets this worker life has seen (the stored one, one typed for Test
 * connection, a new one being saved): every error and log line is scrubbed of them.
 */
import type { WireError } from '../../messaging/result';
import { toWireError } from './errors';

export class SecretRegistry {
  readonly #secrets = new Set<string>();

  remember(secret: string | null | undefined): void {
    if (typeof secret === 'string' && secret !== '') this.#secrets.add(secret);
  }

  list(): string[] {
    return [...this.#secrets];
  }

  /** Plain error data with every known secret scrubbed out. */
  toWireError(error: unknown): WireError {
    return toWireError(error, this.list());
  }

  /** Logs a background failure that has no page to report to, scrubbed like any error. */
  warn(what: string, error: unknown, log: (...args: unknown[]) => void = console.warn): void {
    log(`WebPOS Counter: ${what} failed`, this.toWireError(error).message);
  }
}

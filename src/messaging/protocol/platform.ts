/** The worker's own messages: is it alive, and how is the WebPOS API. */
import type { LocalText } from '../../shared/local-text';

export type HealthState = 'unknown' | 'ok' | 'unreachable' | 'unauthorized';

export interface Health {
  state: HealthState;
  /** Epoch ms since when the state holds (e.g. offline since). */
  since: number | null;
  /** What failed (unreachable, credentials refused), formatted by the page. */
  message: LocalText | null;
  /** Pending orders created from this extension. */
  pendingCount: number;
}

export interface PlatformMessages {
  ping: { request: null; response: { version: string; now: number } };
  'health.get': { request: null; response: Health };
}

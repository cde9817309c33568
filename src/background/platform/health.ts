/**
 * Whether WebPOS answers: 'unreachable' after connection errors or timeouts,
 * 'unauthorized' after the credentials are refused, 'ok' after any success.
 */
import type { HealthState } from '../../messaging/protocol';
import { isLocalText, text, type LocalText } from '../../shared/local-text';
import type { StoredItem } from './storage-items';
import { isAuthError, isOfflineError, toWireError } from './errors';

export interface HealthRecord {
  state: HealthState;
  since: number | null;
  /** What failed, in words the badge and pages format (null when nothing failed). */
  message: LocalText | null;
}

export const UNKNOWN_HEALTH: Readonly<HealthRecord> = Object.freeze({ state: 'unknown', since: null, message: null });

export interface HealthDeps {
  /** Persists the record (e.g. storage.session) so a restarted worker still knows. */
  save?: (record: HealthRecord) => Promise<void>;
  load?: () => Promise<HealthRecord | undefined>;
  onChange?: (record: HealthRecord) => void;
  now?: () => number;
}

/** Keeps the record in its storage item (`session:health`) across worker restarts. */
export function healthInItem(item: Pick<StoredItem<HealthRecord>, 'getValue' | 'setValue'>): Required<Pick<HealthDeps, 'load' | 'save'>> {
  return {
    load: () => item.getValue(),
    save: (record) => item.setValue(record),
  };
}

export class HealthTracker {
  #record: HealthRecord = UNKNOWN_HEALTH;
  #loaded: Promise<void> | undefined;
  readonly #deps: HealthDeps;
  readonly #now: () => number;

  constructor(deps: HealthDeps = {}) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  async get(): Promise<HealthRecord> {
    await this.#load();
    return this.#record;
  }

  /** The current record without waiting (unknown until loaded). */
  peek(): HealthRecord {
    return this.#record;
  }

  offlineSince(): number | null {
    return this.#record.state === 'unreachable' ? this.#record.since : null;
  }

  async success(): Promise<void> {
    await this.#set('ok', null);
  }

  /** Records what a failed call says about the API; other errors leave the state alone. */
  async failure(error: unknown): Promise<void> {
    if (isOfflineError(error)) await this.#set('unreachable', toWireError(error).text);
    else if (isAuthError(error)) await this.#set('unauthorized', toWireError(error).text);
  }

  /**
   * A call has waited `waitedMs` with no answer: contact is lost already, whatever the request's
   * own timeout (up to 2 minutes) will say. An answer arriving later makes it 'ok' again.
   */
  async noAnswer(waitedMs: number): Promise<void> {
    await this.#load();
    if (this.#record.state === 'unreachable') return; // What failed first says more.
    await this.#set('unreachable', text('health_no_answer', String(Math.round(waitedMs / 1000))));
  }

  async reset(): Promise<void> {
    await this.#load();
    this.#record = UNKNOWN_HEALTH;
    await this.#persist();
  }

  async #set(state: HealthState, message: LocalText | null): Promise<void> {
    await this.#load();
    const current = this.#record;
    if (current.state === state && JSON.stringify(current.message) === JSON.stringify(message)) return;
    this.#record = { state, since: current.state === state ? current.since : this.#now(), message };
    await this.#persist();
  }

  async #persist(): Promise<void> {
    try {
      await this.#deps.save?.(this.#record);
    } catch {
      // Health is advisory: losing it on a restart is fine.
    }
    this.#deps.onChange?.(this.#record);
  }

  #load(): Promise<void> {
    this.#loaded ??= (async () => {
      try {
        const stored = await this.#deps.load?.();
        // A record saved before health carried words (a plain English message) keeps its state only.
        if (stored && typeof stored.state === 'string') this.#record = { ...stored, message: isLocalText(stored.message) ? stored.message : null };
      } catch {
        // Start from unknown.
      }
    })();
    return this.#loaded;
  }
}

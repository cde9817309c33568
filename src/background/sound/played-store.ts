/**
 * Which order states already sounded, kept in storage so that a state is announced once:
 * not again after the worker restarts, nor when a stale copy of the order briefly turns
 * it back (paid → pending → paid). Claims run one after another, so two observations of
 * the same change (two pages open, a poll crossing a push) cannot both win.
 */
import type { BlockchainStatus } from '../../sdk';
import type { StoredItem } from '../platform/storage-items';

/** uuid → the states that sounded, and when the last one did (epoch ms). */
export type PlayedRecord = Record<string, { statuses: BlockchainStatus[]; at: number }>;

/** Enough for a busy day's orders; the oldest entries go first. */
export const MAX_PLAYED_ORDERS = 300;

function normalize(raw: unknown): PlayedRecord {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const record: PlayedRecord = {};
  for (const [uuid, entry] of Object.entries(raw as Record<string, unknown>)) {
    const e = entry as { statuses?: unknown; at?: unknown } | null;
    if (e && Array.isArray(e.statuses) && typeof e.at === 'number') {
      record[uuid] = { statuses: e.statuses.filter((s): s is BlockchainStatus => typeof s === 'string'), at: e.at };
    }
  }
  return record;
}

export class PlayedSounds {
  readonly #item: StoredItem<PlayedRecord>;
  readonly #now: () => number;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(item: StoredItem<PlayedRecord>, now: () => number = Date.now) {
    this.#item = item;
    this.#now = now;
  }

  /** True the first time this order reaches this state (and records it); false ever after. */
  claim(uuid: string, status: BlockchainStatus): Promise<boolean> {
    const run = this.#queue.then(() => this.#claim(uuid, status));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #claim(uuid: string, status: BlockchainStatus): Promise<boolean> {
    const record = normalize(await this.#item.getValue());
    const entry = record[uuid];
    if (entry?.statuses.includes(status)) return false;
    record[uuid] = { statuses: [...(entry?.statuses ?? []), status], at: this.#now() };
    const kept = Object.entries(record).sort(([, a], [, b]) => b.at - a.at).slice(0, MAX_PLAYED_ORDERS);
    await this.#item.setValue(Object.fromEntries(kept));
    return true;
  }
}

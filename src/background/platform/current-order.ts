/**
 * The sale at the counter: the order last created here, or last put on the customer display
 * with "Show to customer" (never one merely opened in the popup). The customer display follows it. Kept in `storage.session` so a worker stopped and started again (an idle
 * service worker, Firefox's event page) still knows which order the customer is looking at.
 */
import type { AttemptCreator } from '../create/attempt-watch';
import type { StoredItem } from './storage-items';

export class CurrentOrder {
  readonly #item: StoredItem<string | null> | undefined;
  /** undefined until read from storage (or set since). */
  #uuid: string | null | undefined;
  #loading: Promise<string | null> | undefined;

  constructor(item?: StoredItem<string | null>) {
    this.#item = item;
    if (!item) this.#uuid = null;
  }

  /** The current order's uuid, or null when the cashier has shown none since the browser started. */
  async get(): Promise<string | null> {
    if (this.#uuid !== undefined) return this.#uuid;
    this.#loading ??= this.#read();
    const stored = await this.#loading;
    // A set() while reading wins over what was stored before it.
    if (this.#uuid === undefined) this.#uuid = stored;
    return this.#uuid;
  }

  /** The current order as known in memory now (undefined: not read from storage yet). */
  get known(): string | null | undefined {
    return this.#uuid;
  }

  /** The cashier now shows `uuid`; true when that changed the current order. */
  set(uuid: string): boolean {
    if (this.#uuid === uuid) return false;
    this.#uuid = uuid;
    void this.#item?.setValue(uuid).catch(() => undefined); // Memory still has it; only a restart would forget.
    return true;
  }

  async #read(): Promise<string | null> {
    try {
      const stored = await this.#item?.getValue();
      return typeof stored === 'string' && stored !== '' && stored.length <= 64 ? stored : null;
    } catch {
      return null;
    }
  }
}

/**
 * `creator` whose created orders become the sale at the counter. An unsure attempt later found
 * made (`check`) does not: by then the cashier may have moved on to another sale, and the
 * display must never jump back; pressing Enter again (the same attempt) or "Show to customer" does it.
 */
export function becomesCurrent<C extends AttemptCreator>(creator: C, setCurrent: (uuid: string) => void): AttemptCreator {
  return {
    create: async (order, attemptId) => {
      const created = await creator.create(order, attemptId);
      setCurrent(created.order.uuid);
      return created;
    },
    check: (attemptId) => creator.check(attemptId),
  };
}

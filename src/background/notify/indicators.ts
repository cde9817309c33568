/**
 * What the cashier sees without opening the popup: the toolbar badge (health and
 * the pending orders created here) and a notification when such an order changes.
 * and a sound for it. All are advisory: a failure is logged (scrubbed), never thrown at the caller.
 */
import type { OrderRow } from '../../messaging/protocol';
import type { HealthRecord } from '../platform/health';

export interface IndicatorDeps {
  health: { get(): Promise<HealthRecord> };
  orders: { pendingCreated(): Promise<readonly OrderRow[]> };
  /** Whether the merchant wants notifications (the saved setting). */
  notificationsOn: () => Promise<boolean>;
  showBadge: (health: HealthRecord, pendingCount: number) => Promise<void>;
  notify: (before: OrderRow, after: OrderRow) => Promise<void>;
  /** Plays the transition's sound, if any (it checks the setting and never throws). */
  sound?: (before: OrderRow, after: OrderRow) => Promise<unknown>;
  warn: (what: string, error: unknown) => void;
}

export class Indicators {
  readonly #deps: IndicatorDeps;

  constructor(deps: IndicatorDeps) {
    this.#deps = deps;
  }

  async refreshBadge(): Promise<void> {
    try {
      const [record, pending] = await Promise.all([this.#deps.health.get(), this.#deps.orders.pendingCreated()]);
      await this.#deps.showBadge(record, pending.length);
    } catch (error) {
      this.#deps.warn('badge update', error);
    }
  }

  /** A notification (when wanted) and a sound (when wanted), independently of each other. */
  async maybeNotify(before: OrderRow, after: OrderRow): Promise<void> {
    await Promise.all([this.#notify(before, after), this.#deps.sound?.(before, after)]);
  }

  async #notify(before: OrderRow, after: OrderRow): Promise<void> {
    try {
      if (await this.#deps.notificationsOn()) await this.#deps.notify(before, after);
    } catch (error) {
      this.#deps.warn('notification', error);
    }
  }
}

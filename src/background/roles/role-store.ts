/**
 * Who is at the till. Without a manager PIN everyone is the manager. With one, the till
 * is in cashier mode until the PIN is entered; the manager's session then lasts
 * `MANAGER_SESSION_MS` (kept in session storage, so it ends with the browser too).
 */
import type { RoleState } from '../../messaging/protocol';
import type { StoredItem } from '../platform/storage-items';
import { asPinRecord, type PinRecord } from './pin';

export const MANAGER_SESSION_MS = 10 * 60_000;

export interface RoleItems {
  /** `local:managerPin`: the PIN's hash, or null without a PIN. */
  managerPin: StoredItem<PinRecord | null>;
  /** `session:managerUntil`: when the manager's session ends (epoch ms). */
  managerUntil: StoredItem<number | null>;
}

export class RoleStore {
  readonly #items: RoleItems;
  readonly #now: () => number;

  constructor(items: RoleItems, now: () => number = Date.now) {
    this.#items = items;
    this.#now = now;
  }

  async pin(): Promise<PinRecord | null> {
    return asPinRecord(await this.#items.managerPin.getValue());
  }

  async setPin(record: PinRecord | null): Promise<void> {
    if (record) await this.#items.managerPin.setValue(record);
    else await this.#items.managerPin.removeValue();
  }

  async elevate(): Promise<void> {
    await this.#items.managerUntil.setValue(this.#now() + MANAGER_SESSION_MS);
  }

  async drop(): Promise<void> {
    await this.#items.managerUntil.removeValue();
  }

  async state(): Promise<RoleState> {
    const pinSet = (await this.pin()) !== null;
    if (!pinSet) return { pinSet, role: 'manager', managerUntil: null };
    const until: unknown = await this.#items.managerUntil.getValue();
    const active = typeof until === 'number' && until > this.#now();
    return { pinSet, role: active ? 'manager' : 'cashier', managerUntil: active ? until : null };
  }
}

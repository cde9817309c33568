/**
 * Who is at the till. Without a manager PIN everyone is the manager. With one, the till
 * is in cashier mode until the PIN is entered; the manager's session then lasts
 * `MANAGER_SESSION_MS` (kept in session storage, so it ends with the browser too).
 */
import type { RoleState } from '../../messaging/protocol';
import type { SessionArea } from '../vault/keyring';
import { asPinRecord, type PinRecord } from './pin';

export const MANAGER_SESSION_MS = 10 * 60_000;
const PIN_KEY = 'managerPin';
const UNTIL_KEY = 'managerUntil';

export class RoleStore {
  readonly #local: SessionArea;
  readonly #session: SessionArea;
  readonly #now: () => number;

  constructor(local: SessionArea, session: SessionArea, now: () => number = Date.now) {
    this.#local = local;
    this.#session = session;
    this.#now = now;
  }

  async pin(): Promise<PinRecord | null> {
    return asPinRecord((await this.#local.get(PIN_KEY))[PIN_KEY]);
  }

  async setPin(record: PinRecord | null): Promise<void> {
    if (record) await this.#local.set({ [PIN_KEY]: record });
    else await this.#local.remove(PIN_KEY);
  }

  async elevate(): Promise<void> {
    await this.#session.set({ [UNTIL_KEY]: this.#now() + MANAGER_SESSION_MS });
  }

  async drop(): Promise<void> {
    await this.#session.remove(UNTIL_KEY);
  }

  async state(): Promise<RoleState> {
    const pinSet = (await this.pin()) !== null;
    if (!pinSet) return { pinSet, role: 'manager', managerUntil: null };
    const until = (await this.#session.get(UNTIL_KEY))[UNTIL_KEY];
    const active = typeof until === 'number' && until > this.#now();
    return { pinSet, role: active ? 'manager' : 'cashier', managerUntil: active ? until : null };
  }
}

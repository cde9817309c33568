/**
 * The caches belong to the saved account: once per worker life (and again after
 * the settings change elsewhere) the order cache is checked and, for another
 * account, emptied before any order is read or written.
 */
import type { StoredSettings } from './settings';

export interface AccountGuardDeps {
  settings: { load(): Promise<StoredSettings> };
  accountOf: (settings: StoredSettings) => string;
  cache: { getAccount(): Promise<string | undefined>; reset(account: string): Promise<void> };
  /** Other per-account state emptied with the cache on a change of account (outbox, health). */
  alsoClear?: ReadonlyArray<() => Promise<void>>;
}

export class AccountGuard {
  readonly #deps: AccountGuardDeps;
  #checked: Promise<void> | undefined;

  constructor(deps: AccountGuardDeps) {
    this.#deps = deps;
  }

  ready(): Promise<void> {
    this.#checked ??= this.#check().catch((error: unknown) => {
      this.#checked = undefined;
      throw error;
    });
    return this.#checked;
  }

  /** Empties every per-account store for `account` (a new account was saved here). */
  async reset(account: string): Promise<void> {
    await this.#deps.cache.reset(account);
    for (const clear of this.#deps.alsoClear ?? []) await clear();
    this.#checked = Promise.resolve();
  }

  /** The settings changed elsewhere: check again before the next use. */
  invalidate(): void {
    this.#checked = undefined;
  }

  async #check(): Promise<void> {
    const account = this.#deps.accountOf(await this.#deps.settings.load());
    if ((await this.#deps.cache.getAccount()) !== account) await this.#deps.cache.reset(account);
  }
}

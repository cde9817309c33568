/**
 * The popup's boot cache: what it needs to draw its first frame without waiting for the
 * worker (the settings and the newest rows of "All" it showed last), the last order made
 * here (to lead back to it while the customer pays) and a create attempt whose outcome is
 * still unsure (never forgotten). One localStorage key, one version.
 *
 * localStorage rather than `storage.local`: it is read synchronously before the first
 * render, so the first frame costs no round trip. The worker's answers replace what it drew.
 */
import type { OrderListView, PublicSettings } from '../messaging/protocol';
import { accountKey } from '../shared/account';
import { asLastOrder, asList, asSettings, asUnsure, NO_PARTS, partsOf, type BootParts, type LastOrder, type UnsureAttempt } from './boot-cache-parts';
import { FIRST_PAINT_ROWS } from './views/list-size';

export type { LastOrder, UnsureAttempt } from './boot-cache-parts';
export { sameAsSnapshot, sameListView } from './boot-cache-parts';

export const BOOT_CACHE_KEY = 'webpos-counter.boot';
export const BOOT_CACHE_VERSION = 1;

/** Where releases before the boot cache kept each part (version 0), folded in on first read. */
export const V0_KEYS = {
  settings: 'webpos-counter.settings',
  list: 'webpos-counter.recent-orders',
  lastOrder: 'webpos-counter.last-order',
  unsure: 'webpos-counter.unsure-attempt',
} as const;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the boot cache cannot draw in the first frame: only that is asked of the worker before it. */
export interface SnapshotGaps {
  settings: boolean;
  /** The newest rows of "All" for the account the cached settings name. */
  orders: boolean;
}

export function createBootCache(store: KeyValueStore) {
  // The parse of the stored text, reused while the text is unchanged (several parts are read per opening).
  let parsedFrom: string | null = null;
  let parsed: BootParts = NO_PARTS;

  function read(): BootParts {
    const raw = store.getItem(BOOT_CACHE_KEY);
    if (raw === null) return migrateFromV0(store) ?? NO_PARTS;
    if (raw !== parsedFrom) {
      parsed = partsOf(parseJson(raw));
      parsedFrom = raw;
    }
    return parsed;
  }

  function write(patch: Partial<BootParts>): void {
    const next = { ...read(), ...patch };
    // A full storage drops the list (only a head start for the next opening), never the rest.
    for (const value of [next, { ...next, list: null }]) {
      const text = JSON.stringify({ v: BOOT_CACHE_VERSION, ...value });
      try {
        store.setItem(BOOT_CACHE_KEY, text);
        parsedFrom = text;
        parsed = value;
        return;
      } catch {
        // Try again without the list.
      }
    }
  }

  return {
    settings: (): PublicSettings | null => read().settings,
    /** Kept without the secret's fingerprint: pages may see it, but it need not sit on disk. */
    saveSettings: (settings: PublicSettings) => write({ settings: { ...settings, secretFingerprint: null } }),

    /** The "All" list shown last, for `account` only (another account's rows are never shown). */
    list(account: string): OrderListView | null {
      const list = read().list;
      return list && list.account === account ? list.view : null;
    },
    saveList(account: string, view: OrderListView): void {
      if (view.filter !== 'all') return;
      const orders = view.orders.slice(0, FIRST_PAINT_ROWS);
      write({ list: { account, view: { ...view, orders, partial: view.partial || view.orders.length > orders.length } } });
    },

    /** The last order made here while it may still be paid; forgotten once expired. */
    lastOrder(now: number): LastOrder | null {
      const last = read().lastOrder;
      if (last && Date.parse(last.expiration) > now) return last;
      if (last) write({ lastOrder: null });
      return null;
    },
    rememberLastOrder: (order: LastOrder) => write({ lastOrder: order }),
    /** Forgets the last order (only if it is `uuid`, when given). */
    forgetLastOrder(uuid?: string): void {
      const last = read().lastOrder;
      if (last && (uuid === undefined || last.uuid === uuid)) write({ lastOrder: null });
    },

    unsure: (): UnsureAttempt | null => read().unsure,
    rememberUnsure: (unsure: UnsureAttempt | null) => write({ unsure }),

    gaps(): SnapshotGaps {
      const { settings, list } = read();
      const accountShown = settings && list ? list.account === accountKey(settings) : false;
      return { settings: settings === null, orders: !accountShown };
    },
  };
}

export type BootCache = ReturnType<typeof createBootCache>;

let popupCache: BootCache | null = null;

/** The popup's boot cache on its own localStorage. */
export function bootCache(): BootCache {
  popupCache ??= createBootCache(localStorage);
  return popupCache;
}

/** Builds the v1 value from the separate keys of version 0 (if any), stores it and drops them. */
function migrateFromV0(store: KeyValueStore): BootParts | null {
  const old = Object.fromEntries(Object.entries(V0_KEYS).map(([part, key]) => [part, store.getItem(key)]));
  if (Object.values(old).every((v) => v === null)) return null;
  const parts: BootParts = {
    settings: asSettings(parseJson(old.settings ?? null)),
    list: asList(parseJson(old.list ?? null)),
    lastOrder: asLastOrder(parseJson(old.lastOrder ?? null)),
    unsure: asUnsure(parseJson(old.unsure ?? null)),
  };
  try {
    store.setItem(BOOT_CACHE_KEY, JSON.stringify({ v: BOOT_CACHE_VERSION, ...parts }));
    for (const key of Object.values(V0_KEYS)) store.removeItem(key);
  } catch {
    // Not stored: the old keys stay, and are read again next time.
  }
  return parts;
}

function parseJson(raw: string | null): unknown {
  try {
    return JSON.parse(raw ?? 'null');
  } catch {
    return null;
  }
}

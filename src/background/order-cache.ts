/**
 * The order cache in IndexedDB (a database of its own). Compact on purpose: one
 * entry per list (all its rows), one per full order, one index of the orders
 * created here, so `orders.cached` is a single read even with 10,000 rows.
 */
import { clear, createStore, get, getMany, set, update, type UseStore } from 'idb-keyval';
import type { BlockchainStatus, PaymentOrderRetrieval } from '../sdk';
import { STATUS_FILTERS, type CachedOrder, type OrderListView, type OrderRow, type StatusFilter } from '../messaging/protocol';
import { matchesFilter } from './status-filter';

/** Where one status's pages stand (status null: the unfiltered list). */
export interface ListCursor {
  status: BlockchainStatus | null;
  /** Next page to fetch (0-based). */
  nextPage: number;
  totalPages: number;
  totalItems: number;
  /** created_at of the oldest row fetched for this status. */
  oldest: string | null;
}

export interface ListEntry {
  filter: StatusFilter;
  /** Every row fetched for this list, newest first. */
  rows: OrderRow[];
  cursors: ListCursor[];
  /** null: never fetched; the list holds only orders created here. */
  fetchedAt: number | null;
}

/** Orders created here, by uuid: the last row seen (for the badge, polling and transitions). */
export type CreatedIndex = Record<string, OrderRow>;

const listKey = (filter: StatusFilter) => `list:${filter}`;
const orderKey = (uuid: string) => `order:${uuid}`;
const CREATED_KEY = 'created';
const ACCOUNT_KEY = 'account';
/** Created orders kept in the index once resolved (pending ones are always kept). */
const MAX_RESOLVED_CREATED = 500;

export function toRow(order: PaymentOrderRetrieval, createdHere: boolean): OrderRow {
  return {
    uuid: order.uuid,
    amount: order.amount,
    currency: order.currency.name,
    btc_amount: order.btc_amount,
    reference: order.reference ?? null,
    details: order.details ?? null,
    created_at: order.created_at,
    expiration_time: order.expiration_time,
    status: order.state.status,
    blockchain_status: order.state.blockchain_status,
    createdHere,
  };
}

const time = (iso: string | null): number => (iso === null ? NaN : Date.parse(iso));

/** Newest first; ties broken by uuid so the order is stable. */
export function compareRows(a: OrderRow, b: OrderRow): number {
  const d = time(b.created_at) - time(a.created_at);
  if (d !== 0 && !Number.isNaN(d)) return d;
  return a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0;
}

export function hasMorePages(c: ListCursor): boolean {
  return c.nextPage < c.totalPages;
}

/**
 * The rows a merged list may show: when several statuses are merged, a row older
 * than the oldest row of a status that still has pages might have a newer sibling
 * not fetched yet, so it waits until that status's next page is in.
 */
export function visibleRows(entry: ListEntry): OrderRow[] {
  if (entry.cursors.length <= 1) return entry.rows;
  let watermark = -Infinity;
  for (const c of entry.cursors) if (hasMorePages(c) && c.oldest !== null) watermark = Math.max(watermark, time(c.oldest));
  if (watermark === -Infinity) return entry.rows;
  return entry.rows.filter((r) => time(r.created_at) >= watermark);
}

export function toView(
  filter: StatusFilter,
  entry: ListEntry | undefined,
  offlineSince: number | null,
  limit = Infinity,
): OrderListView {
  if (!entry) return { filter, orders: [], fetchedAt: null, hasMore: false, totalItems: null, offlineSince, partial: false };
  const rows = visibleRows(entry);
  return {
    filter,
    orders: rows.length > limit ? rows.slice(0, limit) : rows,
    fetchedAt: entry.fetchedAt,
    hasMore: entry.cursors.some(hasMorePages),
    totalItems: entry.fetchedAt === null ? null : entry.cursors.reduce((sum, c) => sum + c.totalItems, 0),
    offlineSince,
    partial: rows.length > limit,
  };
}

/**
 * Merges rows into a list sorted newest first; a row in `incoming` replaces the same
 * uuid. Linear in the list's length (only `incoming`, one page, is sorted), so paging
 * through thousands of orders stays cheap.
 */
export function mergeRows(existing: readonly OrderRow[], incoming: readonly OrderRow[]): OrderRow[] {
  const fresh = new Map<string, OrderRow>();
  for (const r of incoming) fresh.set(r.uuid, r);
  const added = [...fresh.values()].sort(compareRows);
  const out: OrderRow[] = [];
  let j = 0;
  for (const row of existing) {
    if (fresh.has(row.uuid)) continue;
    while (j < added.length && compareRows(added[j]!, row) <= 0) out.push(added[j++]!);
    out.push(row);
  }
  while (j < added.length) out.push(added[j++]!);
  return out;
}

/**
 * Puts fresh rows into a list entry: updates rows it holds, drops rows that left
 * the filter, inserts rows that joined it when they fall inside the fetched range.
 * Returns null when nothing changed.
 */
export function patchList(entry: ListEntry, rows: readonly OrderRow[]): ListEntry | null {
  let changed = false;
  const byUuid = new Map(entry.rows.map((r, i) => [r.uuid, i] as const));
  let next = entry.rows;
  const oldestShown = entry.rows.length ? time(entry.rows[entry.rows.length - 1]!.created_at) : Infinity;
  const complete = !entry.cursors.some(hasMorePages);
  const toInsert: OrderRow[] = [];
  const toRemove = new Set<string>();
  for (const row of rows) {
    const index = byUuid.get(row.uuid);
    const belongs = matchesFilter(entry.filter, row.blockchain_status);
    if (index !== undefined) {
      if (!belongs) toRemove.add(row.uuid);
      else if (!sameRow(next[index]!, row)) {
        if (next === entry.rows) next = entry.rows.slice();
        next[index] = row;
        changed = true;
      }
    } else if (belongs && (complete || time(row.created_at) >= oldestShown)) {
      toInsert.push(row);
    }
  }
  if (toRemove.size) {
    next = next.filter((r) => !toRemove.has(r.uuid));
    changed = true;
  }
  if (toInsert.length) {
    next = mergeRows(next, toInsert);
    changed = true;
  }
  return changed ? { ...entry, rows: next } : null;
}

function sameRow(a: OrderRow, b: OrderRow): boolean {
  return (
    a.blockchain_status === b.blockchain_status &&
    a.status === b.status &&
    a.createdHere === b.createdHere &&
    a.amount === b.amount &&
    a.btc_amount === b.btc_amount &&
    a.reference === b.reference &&
    a.details === b.details &&
    a.expiration_time === b.expiration_time
  );
}

export class OrderCache {
  readonly #store: UseStore;

  constructor(store?: UseStore) {
    this.#store = store ?? createStore('webpos-order-cache', 'kv');
  }

  getList(filter: StatusFilter): Promise<ListEntry | undefined> {
    return get<ListEntry>(listKey(filter), this.#store);
  }

  putList(entry: ListEntry): Promise<void> {
    return set(listKey(entry.filter), entry, this.#store);
  }

  getOrder(uuid: string): Promise<CachedOrder | undefined> {
    return get<CachedOrder>(orderKey(uuid), this.#store);
  }

  putOrder(cached: CachedOrder): Promise<void> {
    return set(orderKey(cached.order.uuid), cached, this.#store);
  }

  async getCreated(): Promise<CreatedIndex> {
    return (await get<CreatedIndex>(CREATED_KEY, this.#store)) ?? {};
  }

  /** Writes rows of orders created here; returns the rows they replace (undefined: new). */
  async putCreated(rows: readonly OrderRow[]): Promise<Map<string, OrderRow | undefined>> {
    const previous = new Map<string, OrderRow | undefined>();
    await update<CreatedIndex>(
      CREATED_KEY,
      (old) => {
        const next: CreatedIndex = { ...(old ?? {}) };
        previous.clear();
        for (const row of rows) {
          previous.set(row.uuid, next[row.uuid]);
          next[row.uuid] = row;
        }
        return pruneCreated(next);
      },
      this.#store,
    );
    return previous;
  }

  /**
   * Puts rows into every cached list they belong to (and out of those they left).
   * A list never fetched still gets the orders created here, so they show at once.
   * `except`: the list the rows came from, already up to date.
   */
  async patchLists(rows: readonly OrderRow[], except?: StatusFilter): Promise<void> {
    if (rows.length === 0) return;
    const filters = STATUS_FILTERS.filter((f) => f !== except);
    const entries = await getMany<ListEntry>(filters.map(listKey), this.#store);
    const mine = rows.filter((r) => r.createdHere);
    for (const [i, filter] of filters.entries()) {
      const entry = entries[i] ?? (mine.length ? { filter, rows: [], cursors: [], fetchedAt: null } : undefined);
      if (!entry) continue;
      const patched = patchList(entry, entries[i] ? rows : mine);
      if (patched) await this.putList(patched);
    }
  }

  getAccount(): Promise<string | undefined> {
    return get<string>(ACCOUNT_KEY, this.#store);
  }

  /** Empties the cache and marks it as belonging to `account`. */
  async reset(account: string): Promise<void> {
    await clear(this.#store);
    await set(ACCOUNT_KEY, account, this.#store);
  }
}

function pruneCreated(index: CreatedIndex): CreatedIndex {
  const resolved = Object.values(index).filter((r) => r.status !== 'pending');
  if (resolved.length <= MAX_RESOLVED_CREATED) return index;
  resolved.sort(compareRows);
  for (const r of resolved.slice(MAX_RESOLVED_CREATED)) delete index[r.uuid];
  return index;
}

/**
 * The order cache in IndexedDB (its own database, through the `idb` library). One
 * record per order and list it is in, keyed newest first, so adding a page, reading
 * the newest N rows and patching one order each touch about a page of records, however
 * many thousands are cached. A refresh starts a new generation of its list (the old
 * one is dropped a refresh later), so it too writes one page.
 *
 *   orders   one full order per uuid (what `order.get` answers from the cache)
 *   rows     one row per list and order: key [list, generation, rank, uuid], index uuid
 *   lists    per list: its generation, page cursors and last refresh
 *   created  the orders created here (last row seen), index status
 *   meta     the account the cache belongs to, the last generation handed out
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { STATUS_FILTERS, type CachedOrder, type OrderRow, type StatusFilter } from '../../messaging/protocol';
import { compareRows, hasMorePages, rankOf, sameRow, visibleBound, type ListCursor } from './order-rows';
import { matchesFilter } from './status-filter';

export { toRow, compareRows, hasMorePages, type ListCursor } from './order-rows';

export interface ListMeta {
  filter: StatusFilter;
  generation: number;
  cursors: ListCursor[];
  /** null: never fetched; the list holds only orders created here (and what joined since). */
  fetchedAt: number | null;
}

/** A list as read: its meta and the rows it may show, newest first. */
export interface StoredList extends ListMeta {
  rows: OrderRow[];
  /** Only the newest `limit` rows were read. */
  partial: boolean;
}

/** Orders created here, by uuid: the last row seen (for the badge, polling and transitions). */
export type CreatedIndex = Record<string, OrderRow>;

type RowKey = [StatusFilter, number, number, string];
interface RowRecord {
  list: StatusFilter;
  generation: number;
  rank: number;
  uuid: string;
  row: OrderRow;
}

interface CacheSchema extends DBSchema {
  orders: { key: string; value: CachedOrder };
  rows: { key: RowKey; value: RowRecord; indexes: { uuid: string } };
  lists: { key: StatusFilter; value: ListMeta };
  created: { key: string; value: OrderRow; indexes: { status: string } };
  meta: { key: string; value: string | number };
}

type Tx<S extends StoreNames<CacheSchema>[]> = IDBPTransaction<CacheSchema, S, 'readwrite'>;

export const ORDER_DB = 'webpos-orders';
/** The idb-keyval database of earlier versions (the whole list in one value). */
const LEGACY_DB = 'webpos-order-cache';
/** Created orders kept in the index once resolved (pending ones are always kept). */
const MAX_RESOLVED_CREATED = 500;

const rowRecord = (list: StatusFilter, generation: number, row: OrderRow): RowRecord => ({
  list, generation, rank: rankOf(row.created_at), uuid: row.uuid, row,
});
const keyOf = (r: RowRecord): RowKey => [r.list, r.generation, r.rank, r.uuid];
/** The rows of one generation of a list down to `bound` (a rank); [] sorts after every uuid. */
const upTo = (list: StatusFilter, generation: number, bound = Infinity) => IDBKeyRange.bound([list, generation], [list, generation, bound, []]);

export class OrderCache {
  readonly #db: Promise<IDBPDatabase<CacheSchema>>;

  constructor(name = ORDER_DB) {
    this.#db = openDB<CacheSchema>(name, 1, {
      upgrade(db) {
        db.createObjectStore('orders', { keyPath: 'order.uuid' });
        db.createObjectStore('rows', { keyPath: ['list', 'generation', 'rank', 'uuid'] }).createIndex('uuid', 'uuid');
        db.createObjectStore('lists', { keyPath: 'filter' });
        db.createObjectStore('created', { keyPath: 'uuid' }).createIndex('status', 'status');
        db.createObjectStore('meta');
        if (name === ORDER_DB) void deleteDB(LEGACY_DB).catch(() => undefined);
      },
    });
  }

  async getListMeta(filter: StatusFilter): Promise<ListMeta | undefined> {
    return (await this.#db).get('lists', filter);
  }

  /** The rows a list may show, newest first; with `limit`, only the newest ones. */
  async readList(filter: StatusFilter, limit?: number): Promise<StoredList | undefined> {
    const tx = (await this.#db).transaction(['lists', 'rows']);
    const meta = await tx.objectStore('lists').get(filter);
    if (!meta) return undefined;
    const records = await tx.objectStore('rows').getAll(upTo(filter, meta.generation, visibleBound(meta.cursors)), limit === undefined ? undefined : limit + 1);
    const partial = limit !== undefined && records.length > limit;
    return { ...meta, rows: (partial ? records.slice(0, limit) : records).map((r) => r.row), partial };
  }

  /** A refreshed list: its first page(s) in a new generation; the generation before the last is dropped. */
  async replaceList(filter: StatusFilter, rows: readonly OrderRow[], cursors: ListCursor[], fetchedAt: number): Promise<void> {
    const tx = (await this.#db).transaction(['lists', 'rows', 'meta'], 'readwrite');
    const previous = await tx.objectStore('lists').get(filter);
    const generation = await nextGeneration(tx);
    for (const row of rows) void tx.objectStore('rows').put(rowRecord(filter, generation, row));
    void tx.objectStore('lists').put({ filter, generation, cursors, fetchedAt });
    if (previous) void tx.objectStore('rows').delete(IDBKeyRange.bound([filter, -Infinity], [filter, previous.generation], false, true));
    await tx.done;
  }

  /**
   * Adds a page to a list and moves its cursors. Returns the rows now shown after the
   * last row shown before (`after`, its uuid, or null), or undefined when the page does
   * not simply extend the list (a row new or changed among those shown, or no list).
   */
  async appendPage(filter: StatusFilter, rows: readonly OrderRow[], cursors: ListCursor[]): Promise<{ after: string | null; rows: OrderRow[] } | undefined> {
    const tx = (await this.#db).transaction(['lists', 'rows'], 'readwrite');
    const meta = await tx.objectStore('lists').get(filter);
    if (!meta) return undefined;
    const store = tx.objectStore('rows');
    const last = await store.openCursor(upTo(filter, meta.generation, visibleBound(meta.cursors)), 'prev');
    const lastKey = last ? keyOf(last.value) : null;
    // A row new to or changed among those already shown: the page must redraw the whole list.
    let reshaped = false;
    for (const row of rows) {
      const record = rowRecord(filter, meta.generation, row);
      if (lastKey && indexedDB.cmp(keyOf(record), lastKey) <= 0) {
        const shown = await store.get(keyOf(record));
        if (!shown || !sameRow(shown.row, row)) reshaped = true;
      }
      void store.put(record);
    }
    void tx.objectStore('lists').put({ ...meta, cursors });
    const lower = lastKey ?? [filter, meta.generation];
    const after = await store.getAll(IDBKeyRange.bound(lower, [filter, meta.generation, visibleBound(cursors), []], lastKey !== null));
    await tx.done;
    return reshaped ? undefined : { after: lastKey?.[3] ?? null, rows: after.map((r) => r.row) };
  }

  async getOrder(uuid: string): Promise<CachedOrder | undefined> {
    return (await this.#db).get('orders', uuid);
  }

  async putOrder(cached: CachedOrder): Promise<void> {
    await (await this.#db).put('orders', cached);
  }

  async getCreated(): Promise<CreatedIndex> {
    const rows = await (await this.#db).getAll('created');
    return Object.fromEntries(rows.map((r) => [r.uuid, r]));
  }

  /** Orders created here that are still pending, newest first. */
  async pendingCreated(): Promise<OrderRow[]> {
    return (await (await this.#db).getAllFromIndex('created', 'status', 'pending')).sort(compareRows);
  }

  /** Writes rows of orders created here; returns the rows they replace (undefined: new). */
  async putCreated(rows: readonly OrderRow[]): Promise<Map<string, OrderRow | undefined>> {
    const tx = (await this.#db).transaction('created', 'readwrite');
    const previous = new Map<string, OrderRow | undefined>();
    for (const row of rows) {
      previous.set(row.uuid, await tx.store.get(row.uuid));
      void tx.store.put(row);
    }
    if ((await tx.store.count()) > MAX_RESOLVED_CREATED * 1.2) {
      const resolved = (await tx.store.getAll()).filter((r) => r.status !== 'pending').sort(compareRows);
      for (const r of resolved.slice(MAX_RESOLVED_CREATED)) void tx.store.delete(r.uuid);
    }
    await tx.done;
    return previous;
  }

  /**
   * Puts rows into every cached list they belong to (and out of those they left): a
   * list takes a row newer than its oldest, or any row once it has every page. A list
   * never fetched is started for an order created here, so it shows at once.
   * `except`: the list the rows came from, already up to date.
   */
  async patchLists(rows: readonly OrderRow[], except?: StatusFilter): Promise<void> {
    if (rows.length === 0) return;
    const tx = (await this.#db).transaction(['lists', 'rows', 'meta'], 'readwrite');
    const metas = new Map((await tx.objectStore('lists').getAll()).map((m) => [m.filter, m] as const));
    const oldest = new Map<StatusFilter, number>();
    const store = tx.objectStore('rows');
    for (const row of rows) {
      // Its records in every list and generation (an older generation is ignored until dropped).
      const held = await store.index('uuid').getAll(row.uuid);
      for (const filter of STATUS_FILTERS) {
        if (filter === except) continue;
        let meta = metas.get(filter);
        const generation = meta?.generation;
        const current = held.find((r) => r.list === filter && r.generation === generation);
        const belongs = matchesFilter(filter, row.blockchain_status);
        if (current) {
          if (!belongs) void store.delete(keyOf(current));
          else if (!sameRow(current.row, row)) void store.put({ ...current, row });
          continue;
        }
        if (!belongs) continue;
        if (!meta) {
          if (!row.createdHere) continue;
          meta = { filter, generation: await nextGeneration(tx), cursors: [], fetchedAt: null };
          metas.set(filter, meta);
          void tx.objectStore('lists').put(meta);
        }
        if (meta.cursors.some(hasMorePages) && rankOf(row.created_at) > (await oldestRank(tx, meta, oldest))) continue;
        void store.put(rowRecord(filter, meta.generation, row));
      }
    }
    await tx.done;
  }

  async getAccount(): Promise<string | undefined> {
    const account = await (await this.#db).get('meta', 'account');
    return typeof account === 'string' ? account : undefined;
  }

  /** Empties the cache and marks it as belonging to `account`. */
  async reset(account: string): Promise<void> {
    const tx = (await this.#db).transaction(['orders', 'rows', 'lists', 'created', 'meta'], 'readwrite');
    await Promise.all((['orders', 'rows', 'lists', 'created', 'meta'] as const).map((name) => tx.objectStore(name).clear()));
    await tx.objectStore('meta').put(account, 'account');
    await tx.done;
  }
}

async function nextGeneration(tx: Tx<['lists', 'rows', 'meta']>): Promise<number> {
  const last = await tx.objectStore('meta').get('generation');
  const next = (typeof last === 'number' ? last : 0) + 1;
  void tx.objectStore('meta').put(next, 'generation');
  return next;
}

/** The rank of the oldest row a list holds (-Infinity: none), read once per transaction. */
async function oldestRank(tx: Tx<['lists', 'rows', 'meta']>, meta: ListMeta, seen: Map<StatusFilter, number>): Promise<number> {
  let rank = seen.get(meta.filter);
  if (rank === undefined) {
    const last = await tx.objectStore('rows').openCursor(upTo(meta.filter, meta.generation), 'prev');
    rank = last ? last.value.rank : -Infinity;
    seen.set(meta.filter, rank);
  }
  return rank;
}

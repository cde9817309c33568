/**
 * Order lists, single orders and the orders created here: cache first, network
 * behind it. Every order the API returns passes through `observe`, which keeps
 * the cache, the created-here index and the status transitions in step.
 */
import type { PaymentOrderList, PaymentOrderRetrieval } from '../../sdk';
import type { CachedOrder, OrderListView, OrderRow, StatusFilter } from '../../messaging/protocol';
import type { ApiRunner } from '../platform/api-runner';
import { isOfflineError } from '../platform/errors';
import type { OrderCache } from './order-cache';
import { compareRows, cursorAfter, hasMorePages, listView, toRow } from './order-rows';
import { FILTER_STATUSES } from './status-filter';

export const PAGE_SIZE = 40;

export interface OrdersDeps {
  cache: OrderCache;
  api: ApiRunner;
  /** Epoch ms since the API has been unreachable, or null. */
  offlineSince: () => number | null;
  /** An order created here changed status (before → after). */
  onTransition?: (before: OrderRow, after: OrderRow) => void;
  /** A fresh copy of an order was recorded (pushed to open pages). */
  onObserved?: (cached: CachedOrder, row: OrderRow) => void;
  /** The set or states of orders created here changed (badge, polling). */
  onCreatedChanged?: () => void;
  /** The WebPOS server's clock minus ours, ms, handed to pages with every order and list. */
  serverOffsetMs?: () => number;
  now?: () => number;
}

export class OrdersService {
  readonly #deps: OrdersDeps;
  readonly #now: () => number;
  readonly #locks = new Map<string, Promise<unknown>>();

  constructor(deps: OrdersDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  #withOffset(view: OrderListView): OrderListView {
    const offset = this.#deps.serverOffsetMs?.();
    return offset === undefined ? view : { ...view, serverOffsetMs: offset };
  }

  /** The cached list, at once; never waits for the network. */
  async cached(filter: StatusFilter, limit?: number): Promise<OrderListView> {
    return this.#withOffset(listView(filter, await this.#deps.cache.readList(filter, limit), this.#deps.offlineSince()));
  }

  /**
   * First page(s) of a list from the API, replacing the cached list. While the API
   * is unreachable the cached list comes back with `offlineSince` set.
   */
  refresh(filter: StatusFilter): Promise<OrderListView> {
    return this.#serialize(`list:${filter}`, () => this.#refresh(filter));
  }

  async #refresh(filter: StatusFilter): Promise<OrderListView> {
    const statuses = FILTER_STATUSES[filter] ?? [null];
    let pages: PaymentOrderList[];
    try {
      pages = await Promise.all(
        statuses.map((status) =>
          this.#deps.api((c) => c.getPaymentOrders({ ...(status ? { status } : {}), page: 0, pageSize: PAGE_SIZE })),
        ),
      );
    } catch (error) {
      if (isOfflineError(error)) return this.cached(filter);
      throw error;
    }
    const created = await this.#deps.cache.getCreated();
    const cursors = statuses.map((status, i) => cursorAfter({ status, nextPage: 0, totalPages: 0, totalItems: 0, oldest: null }, pages[i]!));
    const rows = dedupe(pages.flatMap((p) => p.paymentorders.map((o) => toRow(o, o.uuid in created))).sort(compareRows));
    await this.#deps.cache.replaceList(filter, rows, cursors, this.#now());
    await this.#observeRows(rows, filter);
    return this.cached(filter);
  }

  /**
   * The next page of a list (of every status still having pages, for a merged filter):
   * only the rows it adds (`after` set), or the whole list when it changed among the rows shown.
   */
  more(filter: StatusFilter): Promise<OrderListView> {
    return this.#serialize(`list:${filter}`, async () => {
      const entry = await this.#deps.cache.getListMeta(filter);
      if (!entry) return this.#refresh(filter);
      const open = entry.cursors.filter(hasMorePages);
      if (open.length === 0) return this.cached(filter);
      let pages: PaymentOrderList[];
      try {
        pages = await Promise.all(
          open.map((c) =>
            this.#deps.api((client) =>
              client.getPaymentOrders({ ...(c.status ? { status: c.status } : {}), page: c.nextPage, pageSize: PAGE_SIZE }),
            ),
          ),
        );
      } catch (error) {
        if (isOfflineError(error)) return this.cached(filter);
        throw error;
      }
      const created = await this.#deps.cache.getCreated();
      const cursors = entry.cursors.map((c) => {
        const i = open.indexOf(c);
        return i === -1 ? c : cursorAfter(c, pages[i]!);
      });
      const incoming = pages.flatMap((p) => p.paymentorders.map((o) => toRow(o, o.uuid in created)));
      const added = await this.#deps.cache.appendPage(filter, incoming, cursors);
      await this.#observeRows(incoming, filter);
      if (!added) return this.cached(filter);
      const view = this.#withOffset(listView(filter, { ...entry, cursors, rows: added.rows, partial: false }, this.#deps.offlineSince()));
      return { ...view, after: added.after };
    });
  }

  /** One order: from the cache unless `refresh` (or not cached). */
  async get(uuid: string, refresh: boolean): Promise<CachedOrder> {
    if (!refresh) {
      const cached = await this.#deps.cache.getOrder(uuid);
      if (cached) return cached;
    }
    const order = await this.#deps.api((c) => c.getPaymentOrder(uuid));
    return this.observe(order);
  }

  /**
   * Records a fresh copy of an order: cache, lists, created-here index, and a
   * transition when an order created here changed status.
   */
  async observe(order: PaymentOrderRetrieval, options: { createdHere?: boolean } = {}): Promise<CachedOrder> {
    const { cache } = this.#deps;
    const created = await cache.getCreated();
    const createdHere = options.createdHere === true || order.uuid in created;
    const offset = this.#deps.serverOffsetMs?.();
    const cached: CachedOrder = { order, fetchedAt: this.#now(), createdHere, ...(offset === undefined ? {} : { serverOffsetMs: offset }) };
    const row = toRow(order, createdHere);
    await cache.putOrder(cached);
    if (createdHere) await this.#recordCreated([row]);
    await cache.patchLists([row]);
    this.#deps.onObserved?.(cached, row);
    return cached;
  }

  /** Rows created here (pending, per the index) — what the poller refreshes. */
  async pendingCreated(): Promise<OrderRow[]> {
    const created = await this.#deps.cache.getCreated();
    return Object.values(created).filter((r) => r.status === 'pending').sort(compareRows);
  }

  /** Fetches every pending order created here once; returns how many are still pending. */
  async pollPending(concurrency = 4): Promise<number> {
    const queue = await this.pendingCreated();
    let offline: unknown = null;
    const worker = async () => {
      for (let row = queue.shift(); row && offline === null; row = queue.shift()) {
        try {
          await this.get(row.uuid, true);
        } catch (error) {
          if (isOfflineError(error)) offline = error;
          // Other errors (a deleted order, say) must not stop the others from being polled.
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return (await this.pendingCreated()).length;
  }

  /** What a list fetch learned: created-here states, and the other lists kept in step. */
  async #observeRows(rows: readonly OrderRow[], from: StatusFilter): Promise<void> {
    const mine = rows.filter((r) => r.createdHere);
    if (mine.length) await this.#recordCreated(mine);
    await this.#deps.cache.patchLists(rows, from);
  }

  async #recordCreated(rows: readonly OrderRow[]): Promise<void> {
    const previous = await this.#deps.cache.putCreated(rows);
    let changed = false;
    for (const row of rows) {
      const before = previous.get(row.uuid);
      if (!before || before.blockchain_status !== row.blockchain_status || before.status !== row.status) changed = true;
      if (before && before.blockchain_status !== row.blockchain_status) this.#deps.onTransition?.(before, row);
    }
    if (changed) this.#deps.onCreatedChanged?.();
  }

  #serialize<T>(key: string, run: () => Promise<T>): Promise<T> {
    const previous = this.#locks.get(key) ?? Promise.resolve();
    const next = previous.then(run, run);
    const tail = next.catch(() => undefined);
    this.#locks.set(key, tail);
    void tail.then(() => {
      if (this.#locks.get(key) === tail) this.#locks.delete(key);
    });
    return next;
  }
}

function dedupe(rows: OrderRow[]): OrderRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.uuid) ? false : (seen.add(r.uuid), true)));
}

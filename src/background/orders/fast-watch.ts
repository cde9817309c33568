/**
 * The worker's fast watch: while a payment may arrive any second, one loop per till (this
 * browser profile's worker) reads the orders concerned again —
 *  - the order an open page shows (popup order view, customer display), every second,
 *  - the young pending orders made here, every 3 s, with no page open (for the notification),
 * never two requests at once and at most one per second however many orders are watched;
 * after a failure it backs off exponentially (capped) and never sooner than the server's
 * `Retry-After`. With nothing to watch it stops; the alarm poll (poller.ts) remains the floor.
 *
 * An MV3 service worker is stopped after 30 s without events or extension API calls, and a
 * timer is neither; so every read also calls `keepAlive` (an extension API), which resets
 * Chrome's idle timer: the worker outlives the popup exactly as long as something is watched.
 */
import type { CachedOrder, OrderRow } from '../../messaging/protocol';
import { NotFoundError } from '../../sdk';
import { backoffMs } from './retry-delay';

/** Between two reads of the order an open page shows. */
export const VIEWED_INTERVAL_MS = 1_000;
/** Between two reads of a young pending order made here, with no page open. */
export const YOUNG_INTERVAL_MS = 3_000;
/** At most one watch request per second per till, whatever is watched. */
export const MIN_GAP_MS = 1_000;
/** A read unanswered this long means contact is lost (the request's own timeout may be far longer). */
export const STALL_MS = 7_000;
/** While offline, the order a page shows is tried at least this often, so contact back is seen soon. */
export const VIEWED_MAX_BACKOFF_MS = 5_000;
/** A page's watch lapses after this long without the page renewing it. */
export const VIEW_LAPSE_MS = 15 * 60_000;
/** A pending order made here is "young" (watched without a page) for at most this long... */
export const YOUNG_MAX_AGE_MS = 15 * 60_000;
/** ...and until its expiration time plus this margin (the server expires it by its own clock). */
export const EXPIRY_GRACE_MS = 10_000;

/** Orders remembered (freshness, settled) before the old ones are forgotten. */
const MEMORY_LIMIT = 500;

/** Blockchain statuses where the customer has yet to send (all of) the money. */
const AWAITING_MONEY: ReadonlySet<string> = new Set(['pending', 'partial']);

export interface FastWatchDeps {
  /** Reads one order from the API; the cache, transitions and page pushes follow from it. */
  read: (uuid: string) => Promise<CachedOrder>;
  /** The pending orders made here (the created-here index). */
  pendingCreated: () => Promise<readonly OrderRow[]>;
  /** Any cheap extension API call: resets the browser's idle timer of the worker. */
  keepAlive: () => Promise<unknown>;
  /** The WebPOS server's clock minus ours, ms (orders' times are the server's). */
  serverOffsetMs: () => number;
  /** An order watched here is no longer pending. */
  onSettled?: (uuid: string) => void;
  /** A read has gone unanswered for STALL_MS (it is still waiting). */
  onStalled?: (stalledMs: number) => void;
  now?: () => number;
}

interface Due {
  uuid: string;
  at: number;
  intervalMs: number;
}

export class FastWatch {
  readonly #deps: FastWatchDeps;
  readonly #now: () => number;
  #viewed: string | null = null;
  #viewedUntil = 0;
  /** Young pending orders made here → their row (created_at, expiration_time). */
  #young = new Map<string, OrderRow>();
  /** Epoch ms of the freshest copy of each order seen by anyone (a page's read counts too). */
  readonly #fresh = new Map<string, number>();
  /** Orders seen resolved (or gone): never read by the watch again unless seen pending. */
  readonly #settled = new Set<string>();
  #lastStart = Number.NEGATIVE_INFINITY;
  #lastRead: string | null = null;
  #blockedUntil = 0;
  #failures = 0;
  #inFlight = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(deps: FastWatchDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  /** The order open pages show (null: none), renewed by each page's watch message. */
  watch(uuid: string | null): void {
    this.#viewed = uuid;
    this.#viewedUntil = this.#now() + VIEW_LAPSE_MS;
    this.#rearm();
  }

  get watched(): string | null {
    return this.#viewed;
  }

  /** Whether the loop has something to read (or is reading). */
  get active(): boolean {
    return this.#inFlight || this.#timer !== undefined;
  }

  /** Looks again at which orders made here are young and pending, then (re)starts the loop. */
  async refresh(): Promise<void> {
    const rows = await this.#deps.pendingCreated();
    const now = this.#serverNow();
    this.#young = new Map(rows.filter((row) => isYoung(row, now)).map((row) => [row.uuid, row]));
    this.#rearm();
  }

  /** A fresh copy of an order reached the worker (from this loop, a page, the alarm poll). */
  observed(row: OrderRow, fetchedAt: number): void {
    this.#fresh.set(row.uuid, Math.max(fetchedAt, this.#fresh.get(row.uuid) ?? 0));
    if (this.#fresh.size > MEMORY_LIMIT) this.#forgetOld();
    if (row.status !== 'pending') this.#settle(row.uuid);
    else {
      this.#settled.delete(row.uuid);
      if (row.createdHere && isYoung(row, this.#serverNow())) this.#young.set(row.uuid, row);
    }
    this.#rearm();
  }

  /** Every one of `uuids` was read within the last `withinMs` (the alarm poll may skip them). */
  allFresh(uuids: readonly string[], withinMs: number): boolean {
    const since = this.#now() - withinMs;
    return uuids.every((uuid) => (this.#fresh.get(uuid) ?? Number.NEGATIVE_INFINITY) >= since);
  }

  /**
   * WebPOS answers again (any call succeeded): the wait after the failures ends, so the order
   * a page shows is read at once rather than when the backoff would have allowed.
   */
  contactBack(): void {
    if (this.#failures === 0 && this.#blockedUntil === 0) return;
    this.#failures = 0;
    this.#blockedUntil = 0;
    this.#rearm();
  }

  #serverNow(): number {
    return this.#now() + this.#deps.serverOffsetMs();
  }

  /**
   * The order to read next and when, or null when nothing is watched. The order a page shows
   * comes first when due, but not twice in a row while a young order is overdue: it gets at
   * least every other request (every 1–2 s) and the young orders share the rest.
   */
  #next(): Due | null {
    const now = this.#now();
    if (this.#viewed !== null && now > this.#viewedUntil) this.#viewed = null;
    const viewed = this.#viewed !== null && !this.#settled.has(this.#viewed) ? this.#due(this.#viewed, VIEWED_INTERVAL_MS) : null;
    const serverNow = this.#serverNow();
    let young: Due | null = null;
    for (const [uuid, row] of this.#young) {
      if (this.#settled.has(uuid) || !isYoung(row, serverNow)) this.#young.delete(uuid);
      else if (uuid !== this.#viewed) {
        const due = this.#due(uuid, YOUNG_INTERVAL_MS);
        if (young === null || due.at < young.at) young = due;
      }
    }
    if (viewed === null || young === null) return viewed ?? young;
    const youngOverdue = young.at <= now;
    if (viewed.at <= now && !(youngOverdue && this.#lastRead === viewed.uuid)) return viewed;
    if (youngOverdue) return young;
    return viewed.at <= young.at ? viewed : young;
  }

  #due(uuid: string, intervalMs: number): Due {
    return { uuid, intervalMs, at: (this.#fresh.get(uuid) ?? Number.NEGATIVE_INFINITY) + intervalMs };
  }

  #rearm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#arm();
  }

  #arm(): void {
    if (this.#inFlight || this.#timer !== undefined) return;
    const next = this.#next();
    if (next === null) return;
    const at = Math.max(next.at, this.#lastStart + MIN_GAP_MS, this.#blockedUntil);
    this.#timer = setTimeout(() => void this.#tick(), Math.max(0, at - this.#now()));
  }

  async #tick(): Promise<void> {
    this.#timer = undefined;
    const next = this.#next();
    if (next === null) return;
    const now = this.#now();
    if (Math.max(next.at, this.#lastStart + MIN_GAP_MS, this.#blockedUntil) > now) return this.#arm();
    this.#inFlight = true;
    this.#lastStart = now;
    this.#lastRead = next.uuid;
    this.#deps.keepAlive().catch(() => undefined);
    const stall = setTimeout(() => this.#deps.onStalled?.(STALL_MS), STALL_MS);
    try {
      const cached = await this.#deps.read(next.uuid);
      this.#failures = 0;
      this.#blockedUntil = 0;
      this.#fresh.set(next.uuid, Math.max(now, this.#fresh.get(next.uuid) ?? 0));
      if (cached.order.state.status !== 'pending') this.#settle(next.uuid);
    } catch (error) {
      if (error instanceof NotFoundError) {
        this.#settle(next.uuid); // Gone (another account's, or deleted): nothing more to watch.
      } else {
        // Offline, refused, rate limited: health has recorded it; wait longer each time.
        this.#failures++;
        const capMs = next.uuid === this.#viewed ? VIEWED_MAX_BACKOFF_MS : undefined;
        this.#blockedUntil = this.#now() + backoffMs(this.#failures, next.intervalMs, error, capMs);
      }
    } finally {
      clearTimeout(stall);
      this.#inFlight = false;
      this.#arm();
    }
  }

  #settle(uuid: string): void {
    const watched = this.#young.has(uuid) || this.#viewed === uuid;
    const known = this.#settled.has(uuid);
    this.#settled.add(uuid);
    this.#young.delete(uuid);
    if (watched && !known) this.#deps.onSettled?.(uuid);
  }

  /** Keeps the per-order memory small: what was last seen long ago is read as unknown again. */
  #forgetOld(): void {
    const before = this.#now() - VIEW_LAPSE_MS;
    for (const [uuid, at] of this.#fresh) {
      if (at >= before || uuid === this.#viewed || this.#young.has(uuid)) continue;
      this.#fresh.delete(uuid);
      this.#settled.delete(uuid);
    }
  }
}

function isYoung(row: OrderRow, serverNow: number): boolean {
  if (!AWAITING_MONEY.has(row.blockchain_status)) return false;
  const created = Date.parse(row.created_at);
  const expires = Date.parse(row.expiration_time);
  if (Number.isNaN(created) || Number.isNaN(expires)) return false;
  return serverNow - created <= YOUNG_MAX_AGE_MS && serverNow <= expires + EXPIRY_GRACE_MS;
}

/**
 * Creating an order exactly once per press of Create. Before sending, the attempt
 * is written to an outbox in IndexedDB; a second message with the same attemptId
 * joins or returns the first. When the connection breaks mid-create (the server
 * may have made the order), the newest orders are searched for one matching the
 * attempt, which is then adopted instead of making a duplicate.
 */
import { clear, createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { PaymentOrderCreation, PaymentOrderCreationResponse, PaymentOrderRetrieval } from '../sdk';
import type { CachedOrder, CreatedOrder } from '../messaging/protocol';
import { AppError, isOfflineError, toWireError } from './errors';
import type { OrderCache } from './order-cache';
import type { ApiRunner, OrdersService } from './orders';

export type OutboxState = 'sending' | 'uncertain' | 'created' | 'done';

export interface OutboxEntry {
  attemptId: string;
  order: PaymentOrderCreation;
  /** Epoch ms when the attempt was first sent. */
  startedAt: number;
  state: OutboxState;
  uuid?: string;
  creation?: PaymentOrderCreationResponse;
  /** Extra copies the browser's own resend made of this attempt, cancelled on adoption. */
  duplicates?: string[];
}

export interface OutboxStore {
  get(attemptId: string): Promise<OutboxEntry | undefined>;
  put(entry: OutboxEntry): Promise<void>;
  delete(attemptId: string): Promise<void>;
  all(): Promise<OutboxEntry[]>;
  clear(): Promise<void>;
}

export function idbOutbox(store: UseStore = createStore('webpos-outbox', 'kv')): OutboxStore {
  return {
    get: (id) => get<OutboxEntry>(id, store),
    put: (entry) => set(entry.attemptId, entry, store),
    delete: (id) => del(id, store),
    all: () => values<OutboxEntry>(store),
    clear: () => clear(store),
  };
}

/** How far before the attempt a matching order's created_at may lie (clock skew). */
export const RECONCILE_SKEW_MS = 5 * 60_000;
/**
 * Matching orders created this close to the adopted one are copies of the same
 * attempt: Chromium resends a request whose reused connection drops before any
 * answer, POSTs included, so one dropped create can commit twice.
 */
export const DUPLICATE_WINDOW_MS = 30_000;
/** Outbox entries older than this are forgotten. */
export const OUTBOX_TTL_MS = 24 * 60 * 60_000;

export interface CreatorDeps {
  api: ApiRunner;
  outbox: OutboxStore;
  orders: Pick<OrdersService, 'observe'>;
  cache: Pick<OrderCache, 'getCreated' | 'getOrder'>;
  now?: () => number;
}

function normalAmount(s: string): string {
  const [int = '', frac = ''] = s.trim().split('.');
  return `${int.replace(/^0+(?=\d)/, '')}.${frac.replace(/0+$/, '')}`;
}

/** "10", "10.0" and "10.00" are the same amount. */
export function sameAmount(a: string, b: string): boolean {
  return normalAmount(a) === normalAmount(b);
}

type OrderText = { amount: string; reference?: string | null | undefined; details?: string | null | undefined };

/** What identifies an attempt's order: amount, reference and details (blank = absent). */
function fingerprint(o: OrderText): string {
  return [normalAmount(o.amount), (o.reference ?? '').trim(), (o.details ?? '').trim()].join('\u0000');
}

/** Whether an order (as the API lists it, or as another attempt asked for it) is the one an attempt asked for. */
export function matchesAttempt(request: PaymentOrderCreation, order: OrderText): boolean {
  return fingerprint(request) === fingerprint(order);
}

/** A creation response rebuilt from the full order, for an adopted order. */
export function creationFromOrder(order: PaymentOrderRetrieval): PaymentOrderCreationResponse {
  return {
    uuid: order.uuid,
    address: order.address,
    uri: order.uri,
    amount: order.btc_amount,
    expires_in: order.expires_in,
    expiration_time: order.expiration_time,
    redirect_url: order.redirect_url ?? null,
    rate: order.rate,
    created_at: order.created_at,
    reference: order.reference ?? null,
  };
}

export class OrderCreator {
  readonly #deps: CreatorDeps;
  readonly #now: () => number;
  readonly #inflight = new Map<string, Promise<CreatedOrder>>();

  constructor(deps: CreatorDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  /** Makes at most one order per attemptId; a repeat joins or returns the first. */
  create(order: PaymentOrderCreation, attemptId: string): Promise<CreatedOrder> {
    if (typeof attemptId !== 'string' || attemptId === '' || attemptId.length > 200) {
      return Promise.reject(new AppError('validation', 'The create request has no valid attempt id.'));
    }
    const running = this.#inflight.get(attemptId);
    if (running) return running;
    const run = this.#create(order, attemptId).finally(() => this.#inflight.delete(attemptId));
    this.#inflight.set(attemptId, run);
    return run;
  }

  async #create(order: PaymentOrderCreation, attemptId: string): Promise<CreatedOrder> {
    const { outbox } = this.#deps;
    const all = await this.#prune();
    const existing = all.find((e) => e.attemptId === attemptId);

    if (existing?.state === 'done' || existing?.state === 'created') return this.#finish(existing);
    if (existing) {
      // The worker stopped mid-send, or the last try ended uncertain: look before sending again.
      const adopted = await this.#reconcileOrUncertain(existing);
      if (adopted) return adopted;
    }
    // Another press for the same order whose fate is unknown: settle it first, so a retry
    // after a dropped connection adopts the order the server did make.
    for (const other of all) {
      if (other.attemptId === attemptId || other.state !== 'uncertain' || !matchesAttempt(other.order, order)) continue;
      const adopted = await this.#reconcileOrUncertain(other);
      if (adopted) return adopted;
    }

    const entry: OutboxEntry = { attemptId, order, startedAt: existing?.startedAt ?? this.#now(), state: 'sending' };
    await outbox.put(entry);
    let creation: PaymentOrderCreationResponse;
    try {
      creation = await this.#deps.api((c) => c.createPaymentOrder(order));
    } catch (error) {
      if (!isOfflineError(error)) {
        // The server answered: nothing was made.
        await outbox.delete(attemptId);
        throw error;
      }
      const adopted = await this.#reconcileOrUncertain(entry);
      if (adopted) return adopted;
      const wire = toWireError(error);
      throw new AppError(
        wire.code === 'timeout' ? 'timeout' : 'connection',
        `${wire.message} WebPOS has no order for this attempt, so it is safe to try again.`,
      );
    }
    const created: OutboxEntry = { ...entry, state: 'created', uuid: creation.uuid, creation };
    await outbox.put(created);
    return this.#finish(created);
  }

  /** Adopts the order the server made for `entry`, or returns null when it made none. */
  async #reconcileOrUncertain(entry: OutboxEntry): Promise<CreatedOrder | null> {
    let matches: PaymentOrderRetrieval[];
    try {
      matches = await this.#findMatches(entry);
    } catch (error) {
      await this.#deps.outbox.put({ ...entry, state: 'uncertain' });
      const wire = toWireError(error);
      throw new AppError(
        wire.code === 'timeout' ? 'timeout' : 'connection',
        `The connection to WebPOS broke while creating the order, and it could not be checked whether the order was made. ` +
          `Press Create again when the connection is back: the extension checks first and never makes a second order. (${wire.message})`,
      );
    }
    const [found, ...others] = matches;
    if (!found) {
      await this.#deps.outbox.delete(entry.attemptId);
      return null;
    }
    const duplicates = others
      .filter((o) => Math.abs(Date.parse(o.created_at) - Date.parse(found.created_at)) <= DUPLICATE_WINDOW_MS)
      .map((o) => o.uuid);
    const adopted: OutboxEntry = { ...entry, state: 'created', uuid: found.uuid, creation: creationFromOrder(found), duplicates };
    await this.#deps.outbox.put(adopted);
    for (const uuid of duplicates) {
      // Best effort: an uncancelled copy is never shown as the cashier's order and simply expires.
      await this.#deps.api((c) => c.deletePaymentOrder(uuid)).catch(() => undefined);
    }
    const cached = await this.#deps.orders.observe(found, { createdHere: true });
    await this.#deps.outbox.put({ ...adopted, state: 'done' });
    return { ...cached, creation: adopted.creation! };
  }

  /** The newest orders made for this attempt and not yet claimed, earliest first. */
  async #findMatches(entry: OutboxEntry): Promise<PaymentOrderRetrieval[]> {
    const list = await this.#deps.api((c) =>
      c.getPaymentOrders({ page: 0, pageSize: 40, sortBy: 'created_at', sortOrder: 'desc' }),
    );
    const created = await this.#deps.cache.getCreated();
    const claimed = new Set((await this.#deps.outbox.all()).flatMap((e) => [e.uuid, ...(e.duplicates ?? [])]));
    const since = entry.startedAt - RECONCILE_SKEW_MS;
    const candidates = list.paymentorders.filter(
      (o) => !(o.uuid in created) && !claimed.has(o.uuid) && Date.parse(o.created_at) >= since && matchesAttempt(entry.order, o),
    );
    // The earliest match after the attempt started is the one it made.
    return candidates.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  }

  /** Loads the full order the attempt made and caches it as created here. */
  async #finish(entry: OutboxEntry): Promise<CreatedOrder> {
    const uuid = entry.uuid!;
    const creation = entry.creation!;
    if (entry.state === 'done') {
      const cached = await this.#deps.cache.getOrder(uuid);
      if (cached) return { ...cached, creation };
    }
    let cached: CachedOrder;
    try {
      const full = await this.#getWithRetry(uuid);
      cached = await this.#deps.orders.observe(full, { createdHere: true });
    } catch (error) {
      const wire = toWireError(error);
      throw new AppError(
        'created_not_loaded',
        `The order was made (reference ${creation.reference ?? uuid}) but could not be loaded: ${wire.message} ` +
          `Press Create again to load it; no second order will be made.`,
      );
    }
    await this.#deps.outbox.put({ ...entry, state: 'done' });
    return { ...cached, creation };
  }

  async #getWithRetry(uuid: string): Promise<PaymentOrderRetrieval> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#deps.api((c) => c.getPaymentOrder(uuid));
      } catch (error) {
        if (attempt >= 3 || !isOfflineError(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
      }
    }
  }

  /** Forgets old attempts; returns the rest. */
  async #prune(): Promise<OutboxEntry[]> {
    const all = await this.#deps.outbox.all();
    const cutoff = this.#now() - OUTBOX_TTL_MS;
    const keep: OutboxEntry[] = [];
    for (const e of all) {
      if (e.startedAt < cutoff) await this.#deps.outbox.delete(e.attemptId);
      else keep.push(e);
    }
    return keep;
  }
}

/**
 * Creating an order exactly once per press of Create, and owning only what it made.
 * Each attempt gets a sale code that rides in the order's reference; the attempt is
 * written to the outbox (outbox-store.ts, in IndexedDB) before sending, so a repeat (or a restarted worker)
 * finds it. When the answer is lost or unreadable, the newest orders are searched for
 * that sale code, and only an order carrying it, with nothing paid yet, is adopted.
 * The decisions themselves are pure functions in create-decision.ts.
 */
import type { PaymentOrderCreation, PaymentOrderCreationResponse, PaymentOrderRetrieval } from '../../sdk';
import type { CachedOrder, CreateCheck, CreatedOrder } from '../../messaging/protocol';
import { isSaleCode, newSaleCode, referenceWithCode, TYPED_REFERENCE_MAX } from '../../messaging/sale-code';
import { detailsWithTags, tagsOf, typedDetails } from '../../messaging/order-tags';
import { judgeAnswer, reconcile, searchCovers, type AttemptMark, type CreateAnswer, type Reconciliation } from './create-decision';
import * as createErrors from './create-errors';
import { AppError, fieldIssue, isOfflineError, tooLong } from '../platform/errors';
import { text } from '../../shared/local-text';
import type { OrderCache } from '../orders/order-cache';
import type { ApiRunner } from '../platform/api-runner';
import type { OrdersService } from '../orders/orders-service';
import type { OutboxEntry, OutboxStore } from './outbox-store';

/** Outbox entries older than this are forgotten. */
export const OUTBOX_TTL_MS = 24 * 60 * 60_000;
/** At most this many list pages (of 40) are read looking for an attempt's order. */
export const SEARCH_MAX_PAGES = 5;
const PAGE_SIZE = 40;

export interface CreatorDeps {
  api: ApiRunner;
  outbox: OutboxStore;
  orders: Pick<OrdersService, 'observe'>;
  cache: Pick<OrderCache, 'getOrder'>;
  /** Server clock minus local clock, ms (from the last answer's Date header). */
  serverOffsetMs?: () => number;
  now?: () => number;
}

/** The order exactly as sent: the sale code appended to the reference. */
export function markedOrder(entry: Pick<OutboxEntry, 'order' | 'saleCode'>): PaymentOrderCreation {
  return { ...entry.order, reference: referenceWithCode(entry.order.reference, entry.saleCode) };
}

export function markOf(entry: Pick<OutboxEntry, 'order' | 'saleCode'>): AttemptMark {
  const sent = markedOrder(entry);
  return { saleCode: entry.saleCode, reference: sent.reference!, amount: sent.amount };
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
  /** What runs for an attempt right now: a repeat of the same kind joins it, the other kind waits. */
  readonly #running = new Map<string, { kind: 'create' | 'check'; done: Promise<unknown> }>();

  constructor(deps: CreatorDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  /** Makes at most one order per attemptId; a repeat joins, returns or re-checks the first. */
  create(order: PaymentOrderCreation, attemptId: string): Promise<CreatedOrder> {
    return this.#exclusive(attemptId, 'create', () => this.#create(order, attemptId));
  }

  /**
   * Looks (never sends) whether an attempt made an order: made, or certainly not made.
   * `api`: the runner its requests go through (the startup resolver paces its own); a check
   * asked while another runs for the same attempt joins it, so only one acts.
   */
  check(attemptId: string, options: { api?: ApiRunner } = {}): Promise<CreateCheck> {
    return this.#exclusive(attemptId, 'check', () => this.#check(attemptId, options.api ?? this.#deps.api));
  }

  async #check(attemptId: string, api: ApiRunner): Promise<CreateCheck> {
    const entry = await this.#deps.outbox.get(attemptId);
    if (!entry || !isSaleCode(entry.saleCode)) return { state: 'forgotten' };
    if (entry.state === 'created' || entry.state === 'done') return { state: 'made', created: await this.#finish(entry, api) };
    const adopted = await this.#settle(entry, api);
    return adopted ? { state: 'made', created: adopted } : { state: 'not_made', saleCode: entry.saleCode };
  }

  #exclusive<T>(attemptId: string, kind: 'create' | 'check', run: () => Promise<T>): Promise<T> {
    if (typeof attemptId !== 'string' || attemptId === '' || attemptId.length > 200) {
      return Promise.reject(new AppError('validation', text('error_bad_request')));
    }
    const running = this.#running.get(attemptId);
    if (running?.kind === kind) return running.done as Promise<T>;
    const before = running ? running.done.catch(() => undefined) : Promise.resolve();
    const done = before.then(run).finally(() => {
      if (this.#running.get(attemptId)?.done === done) this.#running.delete(attemptId);
    });
    this.#running.set(attemptId, { kind, done });
    return done;
  }

  async #create(order: PaymentOrderCreation, attemptId: string): Promise<CreatedOrder> {
    if ((order.reference ?? '').trim().length > TYPED_REFERENCE_MAX) {
      throw new AppError(
        'validation',
        text('error_reference_too_long', TYPED_REFERENCE_MAX),
        [fieldIssue('reference', tooLong(TYPED_REFERENCE_MAX))],
      );
    }
    await this.#prune();
    const existing = await this.#deps.outbox.get(attemptId);
    if (existing && !sameSale(existing.order, order)) {
      throw new AppError('validation', text('error_create_other_order'));
    }
    const { api } = this.#deps;
    if (existing?.state === 'created' || existing?.state === 'done') return this.#finish(existing, api);
    if (existing) {
      // The worker stopped mid-send, or the last try was unsure: look before sending again.
      const adopted = await this.#settle(existing, api);
      if (adopted) return adopted;
    }
    const entry: OutboxEntry = existing ?? { attemptId, order, saleCode: newSaleCode(), startedAt: this.#now(), state: 'sending' };
    await this.#deps.outbox.put({ ...entry, state: 'sending' });

    let answer: CreateAnswer;
    try {
      answer = { kind: 'answered', creation: await api((c) => c.createPaymentOrder(markedOrder(entry))) };
    } catch (error) {
      answer = { kind: 'failed', error };
    }
    const verdict = judgeAnswer(answer, markOf(entry));
    if (verdict.kind === 'made') {
      const created: OutboxEntry = { ...entry, state: 'created', uuid: verdict.creation.uuid, creation: verdict.creation };
      await this.#deps.outbox.put(created);
      return this.#finish(created, api);
    }
    if (verdict.kind === 'refused') {
      await this.#deps.outbox.delete(attemptId);
      throw verdict.error;
    }
    const adopted = await this.#settle({ ...entry, state: 'uncertain' }, api);
    if (adopted) return adopted;
    throw createErrors.notCreated(entry.saleCode, verdict.error);
  }

  /**
   * Searches for the attempt's order and acts on the decision: adopts it (null when none
   * exists yet), or throws when it cannot be adopted or the search could not be done.
   */
  async #settle(entry: OutboxEntry, api: ApiRunner): Promise<CreatedOrder | null> {
    const { outbox } = this.#deps;
    if (!isSaleCode(entry.saleCode)) {
      // Left by an older version without sale codes: its order cannot be proven, so it is never adopted.
      await outbox.delete(entry.attemptId);
      return null;
    }
    await outbox.put({ ...entry, state: 'uncertain' });
    let decision: Reconciliation;
    try {
      decision = reconcile(markOf(entry), await this.#search(entry, api));
    } catch (error) {
      throw createErrors.uncertain(entry.saleCode, error);
    }
    switch (decision.kind) {
      case 'absent':
        return null;
      case 'held':
        throw createErrors.held(entry.saleCode);
      case 'ended':
        await outbox.delete(entry.attemptId);
        throw createErrors.ended(entry.saleCode, decision.order.state.blockchain_status);
      case 'adopt':
        return this.#adopt(entry, decision.order, decision.cancel, api);
    }
  }

  async #adopt(entry: OutboxEntry, found: PaymentOrderRetrieval, copies: string[], api: ApiRunner): Promise<CreatedOrder> {
    const creation = creationFromOrder(found);
    const adopted: OutboxEntry = { ...entry, state: 'created', uuid: found.uuid, creation };
    await this.#deps.outbox.put(adopted);
    for (const uuid of copies) {
      // Extra copies of this very attempt (a browser resend); best effort: an uncancelled one simply expires.
      await api((c) => c.deletePaymentOrder(uuid)).catch(() => undefined);
    }
    const cached = await this.#deps.orders.observe(found, { createdHere: true });
    await this.#deps.outbox.put({ ...adopted, state: 'done' });
    return { ...cached, creation };
  }

  /** Every order the attempt could have made: the newest pages, down to before it started. */
  async #search(entry: OutboxEntry, api: ApiRunner): Promise<PaymentOrderRetrieval[]> {
    const found: PaymentOrderRetrieval[] = [];
    for (let page = 0; page < SEARCH_MAX_PAGES; page++) {
      const list = await api((c) => c.getPaymentOrders({ page, pageSize: PAGE_SIZE, sortBy: 'created_at', sortOrder: 'desc' }));
      found.push(...list.paymentorders);
      const oldest = list.paymentorders.at(-1)?.created_at ?? null;
      const lastPage = list.paymentorders.length < PAGE_SIZE || page + 1 >= list.total_pages;
      if (searchCovers(oldest, entry.startedAt, this.#deps.serverOffsetMs?.() ?? 0, lastPage)) return found;
    }
    throw createErrors.searchTooLong(entry.saleCode, SEARCH_MAX_PAGES * PAGE_SIZE);
  }

  /** Loads the full order the attempt made and caches it as created here. */
  async #finish(entry: OutboxEntry, api: ApiRunner): Promise<CreatedOrder> {
    const uuid = entry.uuid!;
    const creation = entry.creation!;
    if (entry.state === 'done') {
      const cached = await this.#deps.cache.getOrder(uuid);
      if (cached) return { ...cached, creation };
    }
    let cached: CachedOrder;
    try {
      cached = await this.#deps.orders.observe(await this.#getWithRetry(uuid, api), { createdHere: true });
    } catch (error) {
      throw createErrors.notLoaded(entry.saleCode, error);
    }
    await this.#deps.outbox.put({ ...entry, state: 'done' });
    return { ...cached, creation };
  }

  async #getWithRetry(uuid: string, api: ApiRunner): Promise<PaymentOrderRetrieval> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await api((c) => c.getPaymentOrder(uuid));
      } catch (error) {
        if (attempt >= 3 || !isOfflineError(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
      }
    }
  }

  /** Forgets old attempts. */
  async #prune(): Promise<void> {
    const cutoff = this.#now() - OUTBOX_TTL_MS;
    for (const e of await this.#deps.outbox.all()) if (e.startedAt < cutoff) await this.#deps.outbox.delete(e.attemptId);
  }
}

/**
 * Whether a press sends the same sale as the attempt's first press. The till and cashier tags
 * do not count: a cashier who took over the till (or a renamed till) pressing Create again for
 * an unsure sale must find that sale, not be refused; the first press's order is what counts.
 */
function sameSale(first: PaymentOrderCreation, again: PaymentOrderCreation): boolean {
  const untagged = (order: PaymentOrderCreation) => {
    const tags = tagsOf(order.details);
    return JSON.stringify({ ...order, details: detailsWithTags(typedDetails(order.details), { ...tags, till: undefined, cashier: undefined }) });
  };
  return untagged(first) === untagged(again);
}

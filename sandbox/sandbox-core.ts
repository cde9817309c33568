import { randomUUID } from 'node:crypto';
import { CallbackDelivery, type DeliveryTarget, type RetryPolicy } from './callback-delivery';
import { Clock, iso } from './clock';
import { ApiError, validationError } from './errors';
import { defaultFaults, type Faults } from './faults';
import { buildOrder } from './order-factory';
import type { StoredOrder } from './order-model';
import { OrderStore } from './order-store';
import { toCallbackObject } from './order-views';
import { Persister, loadState, type PersistedState } from './persistence';
import { cryptoRandom } from './random';
import { RequestLog } from './request-log';
import { seedOrders } from './seed';
import {
  applyCallback,
  applyStep,
  canCancel,
  expireIfDue,
  isExpirable,
  missingSats,
  resetOrder,
  type TransitionResult,
} from './state-machine';
import { TokenStore } from './tokens';
import type { OrderCreationInput } from './validation';
import type { BlockchainStatus, CallbackBody } from './wire-types';

export interface CoreConfig {
  clientId: string;
  secret: string;
  orderTtlSeconds: number;
  tokenTtlSeconds: number;
  seedCount: number;
  seedRandom: number;
  faults: Faults;
  dataFile: string | undefined;
  retry: RetryPolicy;
  /** Every callback is also delivered here (`--forward-to`), whatever the order's callback_url. */
  forwardTo: string | undefined;
}

const EXPIRY_SWEEP_MS = 1000;

/** All sandbox state and the operations on it; HTTP lives in the route files. */
export class SandboxCore {
  readonly clock = new Clock();
  readonly store = new OrderStore();
  readonly tokens: TokenStore;
  readonly delivery: CallbackDelivery;
  readonly requests = new RequestLog();
  readonly clientId: string;
  readonly secret: string;
  readonly forwardTo: string | undefined;
  faults: Faults;
  orderTtlSeconds: number;
  tokenTtlSeconds: number;
  /** Set once the server listens; used as the id_token issuer. */
  baseUrl = '';

  private readonly seedRandom: number;
  /** Orders that may still expire, so sweeps stay cheap with many resolved orders. */
  private readonly expirable = new Set<StoredOrder>();
  private readonly persister: Persister | undefined;
  private readonly sweepTimer: NodeJS.Timeout;

  constructor(config: CoreConfig) {
    this.clientId = config.clientId;
    this.secret = config.secret;
    this.forwardTo = config.forwardTo;
    this.orderTtlSeconds = config.orderTtlSeconds;
    this.tokenTtlSeconds = config.tokenTtlSeconds;
    this.faults = { ...config.faults };
    this.seedRandom = config.seedRandom;
    this.tokens = new TokenStore(config.clientId, config.secret);
    this.delivery = new CallbackDelivery(config.secret, config.retry, () => iso(this.clock.now()));

    const persisted = config.dataFile ? loadState(config.dataFile) : undefined;
    if (persisted) {
      this.clock.setOffset(persisted.clockOffsetMs);
      this.store.restore(persisted.orders);
      this.tokens.restore(persisted.tokens);
      for (const order of persisted.orders) this.track(order);
    } else {
      this.seed(config.seedCount);
    }
    if (config.dataFile) {
      this.persister = new Persister(config.dataFile, () => this.snapshot());
      if (!persisted) this.persister.schedule();
    }
    this.sweepTimer = setInterval(() => this.sweepExpiry(), EXPIRY_SWEEP_MS);
    this.sweepTimer.unref();
    this.sweepExpiry();
  }

  now(): number {
    return this.clock.now();
  }

  createOrder(input: OrderCreationInput): StoredOrder {
    const order = this.store.add(buildOrder(input, randomUUID(), this.now(), this.orderTtlSeconds));
    this.track(order);
    this.changed();
    return order;
  }

  /** The order, expired first if its time has come; 3001 when unknown. */
  getOrder(uuid: string): StoredOrder {
    const order = this.store.get(uuid.toLowerCase());
    if (!order) throw new ApiError('3001', `Payment order ${uuid} not found`);
    this.expireOne(order);
    return order;
  }

  sweepExpiry(): void {
    for (const order of [...this.expirable]) this.expireOne(order);
  }

  paymentUpdate(order: StoredOrder, callback: string): void {
    const result = applyCallback(order, callback, { now: this.now(), random: cryptoRandom });
    if (!result) {
      throw new ApiError(
        '0013',
        `Callback ${callback} is not valid for payment order ${order.uuid} in state ${order.blockchainStatus}`,
      );
    }
    this.afterTransition(order, result);
  }

  /**
   * Admin: one step along the state machine to a neighbouring blockchain status; a step to
   * partial may name the satoshi paid (at least 1, less than what is missing).
   */
  step(order: StoredOrder, to: BlockchainStatus, amountSats?: number): TransitionResult {
    if (amountSats !== undefined) {
      const missing = missingSats(order);
      if (to !== 'partial') throw validationError([{ field: 'sats', message: 'only a step to partial takes an amount' }]);
      if (!Number.isInteger(amountSats) || amountSats < 1 || amountSats >= missing) {
        throw validationError([{ field: 'sats', message: `must be a whole number from 1 to ${missing - 1} (what is missing, less one; pay it all with a step to paid)` }]);
      }
    }
    const result = applyStep(order, to, { now: this.now(), random: cryptoRandom, ...(amountSats === undefined ? {} : { amountSats }) });
    if (!result) {
      throw new ApiError('0013', `No step from ${order.blockchainStatus} to ${to} for payment order ${order.uuid}`);
    }
    this.afterTransition(order, result);
    return result;
  }

  cancel(order: StoredOrder): void {
    if (!canCancel(order)) {
      throw new ApiError(
        '1012',
        `Payment order ${order.uuid} cannot be deleted: it is ${order.blockchainStatus}; only pending orders with no payment can be cancelled`,
      );
    }
    const result = applyStep(order, 'cancelled', { now: this.now(), random: cryptoRandom });
    if (result) this.afterTransition(order, result);
  }

  reset(order: StoredOrder): void {
    resetOrder(order, this.now());
    this.track(order);
    this.changed();
  }

  advanceClock(seconds: number): void {
    this.clock.advance(seconds);
    this.sweepExpiry();
    this.changed();
  }

  /** Clears orders, tokens, logs and faults; reseeds with `seedCount` orders. */
  resetAll(seedCount: number): void {
    this.delivery.cancelAll();
    this.store.clear();
    this.expirable.clear();
    this.tokens.clear();
    this.requests.clear();
    this.delivery.clearLog();
    this.faults = defaultFaults();
    this.seed(seedCount);
    this.changed();
  }

  async close(): Promise<void> {
    clearInterval(this.sweepTimer);
    this.delivery.close();
    await this.persister?.flush();
  }

  /** Call after any state change that should reach the data file. */
  changed(): void {
    this.persister?.schedule();
  }

  private seed(count: number): void {
    if (count <= 0) return;
    for (const order of seedOrders(count, this.seedRandom, this.now(), this.orderTtlSeconds)) {
      this.track(this.store.add(order));
    }
  }

  private expireOne(order: StoredOrder): void {
    const result = expireIfDue(order, { now: this.now(), random: cryptoRandom });
    if (result) this.afterTransition(order, result);
  }

  private track(order: StoredOrder): void {
    if (isExpirable(order)) this.expirable.add(order);
    else this.expirable.delete(order);
  }

  private afterTransition(order: StoredOrder, result: TransitionResult): void {
    this.track(order);
    this.changed();
    if (!result.event) return;
    const targets: { url: string; target: DeliveryTarget }[] = [];
    if (order.callbackUrl) targets.push({ url: order.callbackUrl, target: 'order' });
    if (this.forwardTo && this.forwardTo !== order.callbackUrl) targets.push({ url: this.forwardTo, target: 'forward' });
    if (targets.length === 0) return;
    const body: CallbackBody = {
      event: result.event,
      created_at: iso(this.now()),
      object_type: 'payment_order',
      object: toCallbackObject(order),
    };
    this.delivery.send(targets, result.event, order.uuid, JSON.stringify(body));
  }

  private snapshot(): PersistedState {
    return {
      version: 1,
      clockOffsetMs: this.clock.offset,
      orders: this.store.all(),
      tokens: this.tokens.entries(),
    };
  }
}

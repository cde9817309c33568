/**
 * What one part of the worker tells parts built after it. The parts depend on each other in
 * rings (the orders service reports to the indicators, the poller and the update hub, which all
 * read orders), so `worker.ts` builds each part with only what exists already, hands the later
 * ones' reactions over these events, and subscribes them once everything is built. Listeners run
 * synchronously, in order, as the callbacks they replace did; nothing is emitted before the
 * worker is built, since nothing runs until a listener asks.
 */
import type { CachedOrder, OrderRow } from '../../messaging/protocol';
import type { AttemptPush } from '../../messaging/updates';
import type { HealthRecord } from './health';

export interface WorkerEventMap {
  /** The API's health changed. */
  healthChanged: [record: HealthRecord];
  /** An order created here changed status. */
  orderTransition: [before: OrderRow, after: OrderRow];
  /** The set or states of orders created here changed. */
  createdChanged: [];
  /** A fresh copy of an order was recorded. */
  orderObserved: [cached: CachedOrder, row: OrderRow];
  /** An unsure create attempt became certain. */
  attemptSettled: [verdict: AttemptPush];
}

type Listener<K extends keyof WorkerEventMap> = (...args: WorkerEventMap[K]) => void;

export class WorkerEvents {
  readonly #listeners = new Map<keyof WorkerEventMap, Listener<never>[]>();

  on<K extends keyof WorkerEventMap>(name: K, listener: Listener<K>): void {
    this.#listeners.set(name, [...(this.#listeners.get(name) ?? []), listener]);
  }

  emit<K extends keyof WorkerEventMap>(name: K, ...args: WorkerEventMap[K]): void {
    for (const listener of this.#listeners.get(name) ?? []) (listener as Listener<K>)(...args);
  }
}

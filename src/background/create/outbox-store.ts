/** The outbox: each create attempt as written before sending, so a repeat (or a restarted worker) finds it. */
import { clear, createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { PaymentOrderCreation, PaymentOrderCreationResponse } from '../../sdk';

export type OutboxState = 'sending' | 'uncertain' | 'created' | 'done';

export interface OutboxEntry {
  attemptId: string;
  /** The order as the cashier asked for it (reference without the sale code). */
  order: PaymentOrderCreation;
  saleCode: string;
  /** Epoch ms (local clock) when the attempt was first sent. */
  startedAt: number;
  state: OutboxState;
  uuid?: string;
  creation?: PaymentOrderCreationResponse;
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

// Test-only fakes for the worker's order logic: an in-memory API with the protocol's list semantics.
import { paymentOrder } from '../../sdk/fixtures.test-util';
import type { BlockchainStatus, GetPaymentOrdersQuery, PaymentOrderCreation, PaymentOrderRetrieval } from '../../sdk';
import { ConnectionError } from '../../sdk';
import type { ApiClient, ApiRunner } from './api-runner';

let seq = 0;
export function uuidN(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function order(n: number, status: BlockchainStatus, createdAt: string, extra: Partial<PaymentOrderRetrieval> = {}): PaymentOrderRetrieval {
  const base = paymentOrder();
  const resolved = status === 'pending' || status === 'partial' || status === 'mempool_unconfirmed' || status === 'unconfirmed' ? 'pending'
    : status === 'mempool_network_dispute' || status === 'possible_chargeback' ? 'network_dispute' : status;
  return { ...base, uuid: uuidN(n), created_at: createdAt, state: { ...base.state, status: resolved, blockchain_status: status }, reference: `ref-${n}`, ...extra };
}

export class FakeApi {
  orders: PaymentOrderRetrieval[] = [];
  calls: string[] = [];
  /** When set, createPaymentOrder commits the order and then fails like a dropped connection. */
  commitThenDrop = false;
  /** When set, createPaymentOrder commits the order and then throws this (a 5xx after commit, say). */
  failAfterCommit: Error | null = null;
  offline = false;
  now = Date.parse('2026-11-26T12:00:00Z');

  readonly client: ApiClient = {
    getPaymentOrders: async (q: GetPaymentOrdersQuery = {}) => {
      this.#call(`list ${q.status ?? 'all'} ${q.page ?? 0}`);
      const size = q.pageSize ?? 20;
      const page = q.page ?? 0;
      const all = this.orders
        .filter((o) => !q.status || o.state.blockchain_status === q.status)
        .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
      return { paymentorders: all.slice(page * size, page * size + size), total_items: all.length, total_pages: Math.ceil(all.length / size) };
    },
    getPaymentOrder: async (uuid: string) => {
      this.#call(`get ${uuid}`);
      const found = this.orders.find((o) => o.uuid === uuid);
      if (!found) throw new Error('not found');
      return found;
    },
    createPaymentOrder: async (req: PaymentOrderCreation) => {
      this.#call('create');
      this.now += 1000;
      const made = order(1000 + ++seq, 'pending', new Date(this.now).toISOString(), {
        amount: req.amount, reference: req.reference ?? null, details: req.details ?? null,
      });
      this.orders.push(made);
      if (this.commitThenDrop) throw new ConnectionError('POST', 'http://127.0.0.1:1/payment-order', new TypeError('Failed to fetch'));
      if (this.failAfterCommit) throw this.failAfterCommit;
      return { uuid: made.uuid, address: made.address, uri: made.uri, amount: made.btc_amount, expires_in: 900, expiration_time: made.expiration_time, redirect_url: null, rate: made.rate, created_at: made.created_at, reference: made.reference ?? null };
    },
    deletePaymentOrder: async (uuid: string) => {
      this.#call(`delete ${uuid}`);
      const o = this.orders.find((x) => x.uuid === uuid);
      if (o) o.state = { ...o.state, status: 'cancelled', blockchain_status: 'cancelled' };
      return { cancel_url: null };
    },
    getCallbacks: async () => ({ callbacks: [] }),
    paymentReset: async (uuid: string) => this.orders.find((o) => o.uuid === uuid)!,
    paymentUpdate: async () => undefined,
  };

  readonly api: ApiRunner = async (call) => call(this.client);

  #call(name: string): void {
    this.calls.push(name);
    if (this.offline) throw new ConnectionError('GET', 'http://127.0.0.1:1/', new TypeError('Failed to fetch'));
  }
}

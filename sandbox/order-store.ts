import type { StoredOrder } from './order-model';
import type { BlockchainStatus } from './wire-types';

export interface ListQuery {
  status?: BlockchainStatus;
  page: number;
  pageSize: number;
  sortBy: 'amount' | 'created_at';
  sortOrder: 'asc' | 'desc';
}

export interface ListPage {
  orders: StoredOrder[];
  totalItems: number;
  totalPages: number;
}

/** In-memory orders by uuid, with the listing arithmetic of GET /payment-order. */
export class OrderStore {
  private readonly orders = new Map<string, StoredOrder>();
  private nextSeq = 1;

  add(order: Omit<StoredOrder, 'seq'>): StoredOrder {
    const stored: StoredOrder = { ...order, seq: this.nextSeq++ };
    this.orders.set(stored.uuid, stored);
    return stored;
  }

  get(uuid: string): StoredOrder | undefined {
    return this.orders.get(uuid);
  }

  all(): StoredOrder[] {
    return [...this.orders.values()];
  }

  get size(): number {
    return this.orders.size;
  }

  clear(): void {
    this.orders.clear();
    this.nextSeq = 1;
  }

  /** Puts back persisted orders as they were (sequence numbers included). */
  restore(orders: StoredOrder[]): void {
    for (const order of orders) {
      this.orders.set(order.uuid, order);
      this.nextSeq = Math.max(this.nextSeq, order.seq + 1);
    }
  }

  list(query: ListQuery): ListPage {
    const matching = query.status
      ? this.all().filter((o) => o.blockchainStatus === query.status)
      : this.all();
    const direction = query.sortOrder === 'asc' ? 1 : -1;
    const key = query.sortBy === 'amount' ? (o: StoredOrder) => o.fiatCents : (o: StoredOrder) => o.createdAt;
    matching.sort((a, b) => (key(a) - key(b) || a.seq - b.seq) * direction);
    const start = query.page * query.pageSize;
    return {
      orders: matching.slice(start, start + query.pageSize),
      totalItems: matching.length,
      totalPages: Math.ceil(matching.length / query.pageSize),
    };
  }
}

import { describe, expect, it } from 'vitest';
import type { PaymentOrderRetrieval } from '../../sdk';
import type { ApiClient, ApiRunner } from '../platform/api-runner';
import { readDay, type DayReadOptions } from './day-reader';

const hour = 3_600_000;
const start = Date.parse('2026-12-06T00:00:00Z');
const order = (uuid: string, at: number) => ({ uuid, created_at: new Date(at).toISOString() }) as PaymentOrderRetrieval;

/** A list newest first, 40 a page; `failing` pages throw every time. */
function listApi(orders: PaymentOrderRetrieval[], failing = new Set<number>()) {
  const asked: number[] = [];
  const api: ApiRunner = (call) => call({
    getPaymentOrders: async (q?: { page?: number; pageSize?: number }) => {
      const page = q?.page ?? 0;
      asked.push(page);
      if (failing.has(page)) throw new Error('boom');
      const size = q?.pageSize ?? 40;
      return { paymentorders: orders.slice(page * size, page * size + size), total_items: orders.length, total_pages: Math.ceil(orders.length / size) };
    },
  } as unknown as ApiClient);
  return { api, asked };
}

const day = { start, end: start + 24 * hour };
const options = (api: ApiRunner, more: Partial<DayReadOptions> = {}): DayReadOptions =>
  ({ ...day, api, onProgress: () => undefined, cancelled: () => false, serverOffsetMs: () => 0, ...more });

describe('readDay', () => {
  // 100 orders, one every 30 minutes going back from the day's end: 48 in the day.
  const orders = Array.from({ length: 100 }, (_, i) => order(`o${i}`, start + 24 * hour - (i + 1) * 30 * 60_000));

  it('reads page after page until it passes the day, and keeps only the day', async () => {
    const { api, asked } = listApi(orders);
    const read = await readDay(options(api));
    expect(read.orders).toHaveLength(48);
    expect(asked).toEqual([0, 1]);
    expect(read.orders[0]!.uuid).toBe('o47');
  });

  it('names a page that failed twice and reads on', async () => {
    const { api, asked } = listApi(orders, new Set([1]));
    const read = await readDay(options(api));
    expect(read.failedPages).toEqual([1]);
    expect(asked).toEqual([0, 1, 1, 2]);
    expect(read.orders).toHaveLength(40);
  });

  it('stops when cancelled', async () => {
    const { api, asked } = listApi(orders);
    let pages = 0;
    const read = await readDay(options(api, { onProgress: () => void pages++, cancelled: () => pages >= 1 }));
    expect(read.cancelled).toBe(true);
    expect(asked).toEqual([0]);
  });

  it('takes the day on this computer’s clock: with the server 10 minutes ahead, its dates are moved back before comparing', async () => {
    const ahead = 10 * 60_000;
    const serverDated = [
      order('late-sale', day.end + 5 * 60_000), // 23:55 here, 00:05 tomorrow on the server
      order('early-sale', day.start + 15 * 60_000), // 00:05 here
      order('yesterday', day.start + 5 * 60_000), // 23:55 yesterday here
      order('older', day.start - hour),
    ];
    const { api } = listApi(serverDated);
    const read = await readDay(options(api, { serverOffsetMs: () => ahead }));
    expect(read.orders.map((o) => o.uuid)).toEqual(['early-sale', 'late-sale']);
  });
});

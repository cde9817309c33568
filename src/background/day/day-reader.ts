/**
 * Reads one day's orders from the API: the list newest first, page after page, at most one
 * request per second (the till's cap, `platform/paced-runner.ts`), until a page reaches
 * past the day's start or the list ends. A page that fails is tried once more, then named as
 * unread and skipped, so the figures say they are incomplete rather than stop. Orders seen
 * twice (new sales push the list along while it is read) count once. The day's bounds are on
 * this computer's clock and the orders' dates on the server's: each date is put on ours
 * (`onOurClock`, as today's figures in the popup do) before it is compared.
 */
import type { PaymentOrderRetrieval } from '../../sdk';
import { inDay, onOurClock } from '../../shared/day-bounds';
import type { ApiRunner } from '../platform/api-runner';

export const DAY_PAGE_SIZE = 40;
/** After this many pages in a row fail with nothing known of the list, reading stops. */
const GIVE_UP_AFTER = 3;

export interface DayReadProgress {
  pagesRead: number;
  pagesTotal: number | null;
  ordersSeen: number;
}

export interface DayRead {
  orders: PaymentOrderRetrieval[];
  failedPages: number[];
  cancelled: boolean;
}

export interface DayReadOptions {
  start: number;
  end: number;
  /** Already paced: one request per second. */
  api: ApiRunner;
  onProgress: (progress: DayReadProgress) => void;
  cancelled: () => boolean;
  /** The server's clock minus ours, as last seen (it is learnt from each answer). */
  serverOffsetMs: () => number;
}

export async function readDay(options: DayReadOptions): Promise<DayRead> {
  const { api } = options;
  const ofDay = () => ordersOfDay(byUuid, { start: options.start, end: options.end }, options.serverOffsetMs());
  const byUuid = new Map<string, PaymentOrderRetrieval>();
  const failedPages: number[] = [];
  let pagesTotal: number | null = null;
  let failedInARow = 0;
  for (let page = 0; pagesTotal === null || page < pagesTotal; page++) {
    if (options.cancelled()) return { orders: ofDay(), failedPages, cancelled: true };
    const list = await readPage(api, page);
    if (list === null) {
      failedPages.push(page);
      if (pagesTotal === null && ++failedInARow >= GIVE_UP_AFTER) break;
      continue;
    }
    failedInARow = 0;
    pagesTotal = list.total_pages;
    for (const order of list.paymentorders) byUuid.set(order.uuid, order);
    options.onProgress({ pagesRead: page + 1, pagesTotal, ordersSeen: byUuid.size });
    const last = list.paymentorders.at(-1);
    if (last === undefined || onOurClock(last.created_at, options.serverOffsetMs()) < options.start) break;
  }
  return { orders: ofDay(), failedPages, cancelled: false };
}

async function readPage(api: ApiRunner, page: number) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await api((c) => c.getPaymentOrders({ page, pageSize: DAY_PAGE_SIZE, sortBy: 'created_at', sortOrder: 'desc' }));
    } catch {
      // Tried once more below; then the page is reported as unread.
    }
  }
  return null;
}

/** The orders created in the day (on our clock), oldest first. */
function ordersOfDay(byUuid: Map<string, PaymentOrderRetrieval>, day: { start: number; end: number }, offset: number): PaymentOrderRetrieval[] {
  return [...byUuid.values()]
    .filter((o) => inDay(o.created_at, offset, day))
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
}

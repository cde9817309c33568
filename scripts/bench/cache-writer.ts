/**
 * The fast path to a big cache: 10,000 orders by `orders.more` would take 250 round
 * trips that each re-sort, re-store and re-send the whole growing list (minutes, and
 * quadratic). Instead the bench pages through the same API responses with the SDK
 * (40 per page, as src/background/orders.ts asks), turns them into the background's
 * own list entry with its own functions (toRow, mergeRows from order-cache.ts; the
 * cursor as cursorAfter leaves it) and writes that entry through the service worker.
 * Figure 1 checks this entry against one the extension built itself.
 */
import { Client, MemoryCache, type PaymentOrderRetrieval } from '../../src/sdk/index';
import { mergeRows, toRow, type ListEntry } from '../../src/background/order-cache';
import { PAGE_SIZE } from '../../src/background/orders';
import type { Sandbox } from '../../sandbox/server';

export async function buildListEntry(sandbox: Sandbox): Promise<ListEntry> {
  const client = new Client({ mode: 'sandbox', clientId: sandbox.clientId, secret: sandbox.secret, baseUrl: sandbox.url, cache: new MemoryCache() });
  const orders: PaymentOrderRetrieval[] = [];
  let page = 0;
  let totalPages = 1;
  let totalItems = 0;
  while (page < totalPages) {
    const list = await client.getPaymentOrders({ page, pageSize: PAGE_SIZE });
    orders.push(...list.paymentorders);
    totalPages = list.total_pages;
    totalItems = list.total_items;
    page++;
  }
  let oldest: string | null = null;
  for (const o of orders) if (oldest === null || Date.parse(o.created_at) < Date.parse(oldest)) oldest = o.created_at;
  return {
    filter: 'all',
    rows: mergeRows([], orders.map((o) => toRow(o, false))),
    cursors: [{ status: null, nextPage: page, totalPages, totalItems, oldest }],
    fetchedAt: Date.now(),
  };
}

/** Differences between two list entries that should hold the same orders (fetchedAt aside). */
export function entryDifferences(a: ListEntry, b: ListEntry): string[] {
  const diffs: string[] = [];
  if (a.rows.length !== b.rows.length) diffs.push(`rows ${a.rows.length} vs ${b.rows.length}`);
  const firstDiff = a.rows.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(b.rows[i]));
  if (firstDiff !== -1) diffs.push(`row ${firstDiff} differs`);
  if (JSON.stringify(a.cursors) !== JSON.stringify(b.cursors)) diffs.push(`cursors ${JSON.stringify(a.cursors)} vs ${JSON.stringify(b.cursors)}`);
  return diffs;
}

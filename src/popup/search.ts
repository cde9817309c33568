/**
 * Search over loaded orders, fast enough to run on every key press over
 * thousands of rows: one lowercase haystack per row is built once per rows
 * array, then each query is a plain `includes` scan.
 */
import type { OrderRow } from '../messaging/protocol';

/** Everything a cashier may type to find an order: reference, details, uuid, amount (with . or ,). */
export function haystackOf(row: OrderRow): string {
  return [row.reference ?? '', row.details ?? '', row.uuid, row.amount, row.amount.replace('.', ',')]
    .join('\u0000')
    .toLowerCase();
}

export function buildSearchIndex(rows: readonly OrderRow[]): string[] {
  return rows.map(haystackOf);
}

/** Normalized query: trimmed and lowercase; '' matches everything. */
export function normalizeQuery(query: string): string {
  return query.trim().toLowerCase();
}

/** Indexes of matching rows, in order. */
export function searchRows(index: readonly string[], query: string): number[] {
  const needle = normalizeQuery(query);
  const matches: number[] = [];
  for (let i = 0; i < index.length; i++) {
    if (needle === '' || (index[i] as string).includes(needle)) matches.push(i);
  }
  return matches;
}

/** CSV of the orders a list shows, safe to open in a spreadsheet. */
import type { OrderRow } from '../messaging/protocol';
import { saleCodeOf } from '../messaging/sale-code';

export const ORDER_CSV_COLUMNS = [
  'uuid',
  'created_at',
  'amount',
  'currency',
  'btc_amount_sats',
  'status',
  'blockchain_status',
  'reference',
  'sale_code',
  'details',
  'expiration_time',
] as const;

/**
 * One cell: quoted when it holds a comma, quote or line break; a leading
 * = + - @ (or tab/CR) is prefixed with ' so a spreadsheet shows text instead
 * of running a formula someone typed into a reference.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** CRLF line ends as RFC 4180 has them; numbers stay numbers. */
export function ordersToCsv(rows: readonly OrderRow[]): string {
  const lines = [csvLine(ORDER_CSV_COLUMNS)];
  for (const row of rows) {
    lines.push(
      csvLine([
        row.uuid,
        row.created_at,
        row.amount,
        row.currency,
        row.btc_amount,
        row.status,
        row.blockchain_status,
        row.reference,
        saleCodeOf(row.reference),
        row.details,
        row.expiration_time,
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** CSV of the orders a list shows, in the UI's language, for an accountant's spreadsheet (see `shared/csv.ts`). */
import type { OrderRow } from '../messaging/protocol';
import { tagsOf, typedDetails } from '../messaging/order-tags';
import { saleCodeOf, typedReference } from '../messaging/sale-code';
import { csvDocument, csvFileName, csvNumber, csvStyleFor, localDateTime, localDay, satsToBtc, type CsvStyle } from '../shared/csv';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { statusLabel } from '../shared/status';

const COLUMNS: readonly MessageKey[] = [
  'csv_col_created', 'csv_col_sale_code', 'csv_col_amount', 'csv_col_currency', 'csv_col_btc', 'csv_col_status',
  'csv_col_till', 'csv_col_cashier', 'csv_col_reference', 'csv_col_details', 'csv_col_order_id',
];

/** Headers and status words in the UI language; `style` follows it unless a test names one. */
export function ordersToCsv(rows: readonly OrderRow[], style: CsvStyle = csvStyleFor(uiLanguage())): string {
  return csvDocument(
    COLUMNS.map((key) => t(key)),
    rows.map((row) => {
      const tags = tagsOf(row.details);
      return [
        localDateTime(row.created_at),
        saleCodeOf(row.reference),
        csvNumber(row.amount),
        row.currency,
        csvNumber(satsToBtc(row.btc_amount)),
        statusLabel(row).word,
        tags.till ?? '',
        tags.cashier ?? '',
        typedReference(row.reference),
        typedDetails(row.details),
        row.uuid,
      ];
    }),
    style,
  );
}

/**
 * What the file holds, in its name: the till (when only this till's), the day (a cashier's
 * export holds today's orders) or 'until' the day it was saved, the status and whether a search narrowed it.
 * Never "all", which would claim more than a filtered list holds.
 */
export function listFileName(what: { till: string | null; todayOnly: boolean; status: string; searched: boolean }, now = new Date()): string {
  return csvFileName([
    'webpos',
    what.till,
    what.todayOnly ? localDay(now) : `until-${localDay(now)}`,
    what.status === 'all' ? null : what.status,
    what.searched ? 'search' : null,
  ]);
}

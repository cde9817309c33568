/** The close of day as CSV: one line per till and per cashier (and the day's total), one column per figure. */
import type { DayGroup, DayReport } from '../../messaging/protocol';
import { t } from '../../shared/i18n';
import { DAY_ROWS, type RowValue } from './day-rows';
import { csvDocument, csvNumber, csvStyleFor, satsToBtc, type CsvValue } from '../../shared/csv';

function cellOf(value: RowValue): CsvValue {
  if (value.kind === 'count') return csvNumber(String(value.value));
  if (value.kind === 'fiat') return csvNumber(value.value);
  return csvNumber(satsToBtc(value.value));
}

export function dayCsv(report: DayReport, language: string): string {
  const header = [t('csv_group'), t('csv_name'), ...DAY_ROWS.map((row) => t(row.label))];
  const line = (group: string, name: string, g: Pick<DayGroup, 'totals'>): CsvValue[] => [group, name, ...DAY_ROWS.map((row) => cellOf(row.value(g.totals)))];
  const rows = [
    ...report.tills.map((g) => line(t('csv_till'), g.name ?? t('day_no_till'), g)),
    ...report.cashiers.map((g) => line(t('csv_cashier'), g.name ?? t('day_no_cashier'), g)),
    line(t('day_total'), '', { totals: report.total }),
  ];
  return csvDocument(header, rows, csvStyleFor(language));
}

/** `close-of-day-2026-12-06.csv`, or `close-of-day-2026-12-06-Cassa 1.csv` for one till. */
export function dayCsvName(isoDate: string, onlyTill: string | null): string {
  const till = onlyTill === null ? '' : `-${onlyTill.replace(/[^\p{L}\p{N} _-]/gu, '')}`;
  return `close-of-day-${isoDate}${till}.csv`;
}

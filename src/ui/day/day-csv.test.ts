import { describe, expect, it } from 'vitest';
import type { DayFigure, DayReport, DayTotals } from '../../messaging/protocol';
import { dayCsv, dayCsvName } from './day-csv';
import { DAY_ROWS } from './day-rows';

const FIGURES: DayFigure[] = [...new Set(DAY_ROWS.map((row) => row.figure))];

function totals(paidFiat: string, paidSats: number, paid: number): DayTotals {
  const count = Object.fromEntries(FIGURES.map((f) => [f, 0])) as Record<DayFigure, number>;
  count.paid = paid;
  return { count, paidFiat, paidSats, partialReceived: '0.00', partialMissing: '0.00', overpaidExcess: '0.00', expiredReceived: '0.00', unreadable: 0 };
}

const report = {
  start: 0, end: 0, orders: [], failedPages: [], cancelled: false, onlyTill: null,
  tills: [{ name: '=HYPERLINK("x")', totals: totals('12.60', 25_000, 2) }],
  cashiers: [{ name: null, totals: totals('12.60', 25_000, 2) }],
  total: totals('12.60', 25_000, 2),
} satisfies DayReport;

describe('the day as CSV', () => {
  it('writes Italian through the one CSV writer: ; between cells, decimal commas, exact BTC, a BOM', () => {
    const csv = dayCsv(report, 'it');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, till] = csv.slice(1).split('\r\n');
    expect(header?.split(';')).toHaveLength(2 + DAY_ROWS.length);
    const cells = till?.split(';') ?? [];
    expect(cells.slice(2, 5)).toEqual(['2', '12,60', '0,00025000']);
  });

  it('never lets a till name run as a formula', () => {
    const till = dayCsv(report, 'en').split('\r\n')[1] ?? '';
    expect(till.split(',')[1]?.replace(/^"/, '').startsWith("'=")).toBe(true);
  });

  it('names the file by its day and, for one till, by that till', () => {
    expect(dayCsvName('2026-12-06', null)).toBe('close-of-day-2026-12-06.csv');
    expect(dayCsvName('2026-12-06', 'Cassa 1')).toBe('close-of-day-2026-12-06-Cassa 1.csv');
  });
});

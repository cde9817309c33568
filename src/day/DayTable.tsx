import type { DayFigure, DayGroup, DayTotals } from '../messaging/protocol';
import { formatBtc, formatFiat, formatNumber } from '../shared/format';
import { t } from '../shared/i18n';
import { DAY_ROWS, type RowValue } from './day-rows';

/** The orders a figure opens: of one till or cashier (`name`; null: none), or of every group (undefined). */
export interface Picked {
  by: 'till' | 'cashier';
  name: string | null | undefined;
  figure: DayFigure;
}

interface Props {
  title: string;
  by: Picked['by'];
  groups: DayGroup[];
  total: DayTotals;
  onPick: (by: Picked['by'], name: string | null | undefined, figure: DayFigure) => void;
}

export function showValue(value: RowValue): string {
  if (value.kind === 'count') return formatNumber(value.value);
  if (value.kind === 'fiat') return formatFiat(value.value, 'EUR');
  return formatBtc(value.value);
}

export function groupName(by: Picked['by'], name: string | null | undefined): string {
  if (name === undefined) return t('day_total');
  return name ?? t(by === 'till' ? 'day_no_till' : 'day_no_cashier');
}

/** Figures down, groups across (narrow enough for an 80 mm roll); each figure opens its orders. */
export function DayTable({ title, by, groups, total, onPick }: Props) {
  const columns: { name: string | null | undefined; totals: DayTotals }[] = [...groups, { name: undefined, totals: total }];
  return (
    <section class="day-table">
      <h2>{title}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('day_figure')}</th>
            {columns.map((c) => <th scope="col" key={String(c.name)}>{groupName(by, c.name)}</th>)}
          </tr>
        </thead>
        <tbody>
          {DAY_ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{t(row.label)}</th>
              {columns.map((c) => (
                <td key={String(c.name)}>
                  <button type="button" class="figure" aria-label={`${t(row.label)}, ${groupName(by, c.name)}: ${showValue(row.value(c.totals))}`} onClick={() => onPick(by, c.name, row.figure)}>
                    {showValue(row.value(c.totals))}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

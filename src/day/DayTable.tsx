import type { DayFigure, DayGroup, DayTotals } from '../messaging/protocol';
import { t } from '../shared/i18n';
import { groupName, showValue, type Picked } from '../ui/day/day-pick';
import { DAY_ROWS } from '../ui/day/day-rows';

interface Props {
  title: string;
  by: Picked['by'];
  groups: DayGroup[];
  total: DayTotals;
  onPick: (by: Picked['by'], name: string | null | undefined, figure: DayFigure) => void;
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

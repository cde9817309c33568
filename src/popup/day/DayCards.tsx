import type { DayFigure, DayGroup, DayTotals } from '../../messaging/protocol';
import { t } from '../../shared/i18n';
import { groupName, showValue, type Picked } from '../../ui/day/day-pick';
import { DAY_ROWS } from '../../ui/day/day-rows';

interface Props {
  title: string;
  by: Picked['by'];
  groups: DayGroup[];
  /** The day's total, drawn as one card open from the start. */
  total?: DayTotals;
  onPick: (by: Picked['by'], name: string | null | undefined, figure: DayFigure) => void;
}

/**
 * One card per till or cashier, stacked for a 380 px popup: closed, it says what was paid;
 * open, every figure of the close of day, each a button that lists its orders.
 */
export function DayCards({ title, by, groups, total, onPick }: Props) {
  const cards: { name: string | null | undefined; totals: DayTotals }[] = total ? [{ name: undefined, totals: total }] : groups;
  if (cards.length === 0) return null;
  return (
    <section class="day-cards" aria-label={title}>
      {total ? null : <h3 class="day-cards-title">{title}</h3>}
      {cards.map((card) => {
        const name = groupName(by, card.name);
        const paid = DAY_ROWS.find((row) => row.label === 'day_row_paid_fiat');
        return (
          <details class="day-card" key={String(card.name)} open={card.name === undefined}>
            <summary>
              <span class="day-card-name">{name}</span>
              {paid ? <span class="day-card-paid">{showValue(paid.value(card.totals))}</span> : null}
            </summary>
            <table class="day-card-figures">
              <tbody>
                {DAY_ROWS.map((row) => {
                  const value = showValue(row.value(card.totals));
                  return (
                    <tr key={row.label}>
                      <th scope="row">{t(row.label)}</th>
                      <td>
                        <button type="button" class="figure" aria-label={`${t(row.label)}, ${name}: ${value}`} onClick={() => onPick(by, card.name, row.figure)}>
                          {value}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        );
      })}
    </section>
  );
}

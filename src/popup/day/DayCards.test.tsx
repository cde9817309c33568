// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DayFigure, DayTotals } from '../../messaging/protocol';
import { DAY_FIGURES } from '../../messaging/protocol/day';
import { DayCards } from './DayCards';

afterEach(cleanup);

function totals(paidFiat: string, paid: number): DayTotals {
  const count = Object.fromEntries(DAY_FIGURES.map((f) => [f, 0])) as Record<DayFigure, number>;
  count.paid = paid;
  return { count, paidFiat, paidSats: 0, partialReceived: '0.00', partialMissing: '0.00', overpaidExcess: '0.00', expiredReceived: '0.00', unreadable: 0 };
}

describe('DayCards', () => {
  it('draws one card per till, closed, each saying what it took; a figure asks for its orders', () => {
    const onPick = vi.fn();
    const { container, getByRole } = render(
      <DayCards title="Per till" by="till" groups={[{ name: 'Cassa 1', totals: totals('12.60', 2) }, { name: null, totals: totals('3.33', 1) }]} onPick={onPick} />,
    );
    const cards = [...container.querySelectorAll('details.day-card')];
    expect(cards.map((c) => c.querySelector('summary')?.textContent)).toEqual(['Cassa 1€12.60', 'no till€3.33']);
    expect(cards.every((c) => !(c as HTMLDetailsElement).open)).toBe(true);
    fireEvent.click(getByRole('button', { name: 'Paid (orders), no till: 1', hidden: true }));
    expect(onPick).toHaveBeenCalledWith('till', null, 'paid');
  });

  it('draws the day’s total as one card, open from the start', () => {
    const { container } = render(<DayCards title="Total" by="till" groups={[]} total={totals('15.93', 3)} onPick={() => undefined} />);
    const cards = container.querySelectorAll('details.day-card');
    expect(cards).toHaveLength(1);
    expect((cards[0] as HTMLDetailsElement).open).toBe(true);
    expect(cards[0]?.querySelector('summary')?.textContent).toBe('Total€15.93');
  });

  it('draws nothing for no groups', () => {
    expect(render(<DayCards title="Per cashier" by="cashier" groups={[]} onPick={() => undefined} />).container.innerHTML).toBe('');
  });
});

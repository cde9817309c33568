/** The close of day's state, shared by the full page and the popup: the day, the read, the figure picked. */
import { useState } from 'preact/hooks';
import type { DayFigure } from '../../messaging/protocol';
import { dayBounds, todayIso } from '../../shared/day-bounds';
import { uiLanguage } from '../../shared/i18n';
import { downloadText } from '../download';
import { dayCsv, dayCsvName } from './day-csv';
import type { Picked } from './day-pick';
import { useDayRead } from './useDayRead';

/** `initialDate`: the day to show ("2026-12-06"); today when absent or not a date. */
export function useDayClose(initialDate?: string) {
  const [date, setDate] = useState(() => (initialDate !== undefined && dayBounds(initialDate) ? initialDate : todayIso()));
  const [picked, setPicked] = useState<Picked | null>(null);
  const { state, read, cancel } = useDayRead();
  const report = state.phase === 'done' ? state.report : null;

  const start = () => {
    const bounds = dayBounds(date);
    if (!bounds) return;
    setPicked(null);
    void read(bounds.start, bounds.end);
  };
  const pick = (by: Picked['by'], name: string | null | undefined, figure: DayFigure) => setPicked({ by, name, figure });
  const saveCsv = () => {
    if (report) downloadText(dayCsvName(date, report.onlyTill), dayCsv(report, uiLanguage()));
  };
  return { date, setDate, state, report, start, cancel, picked, pick, unpick: () => setPicked(null), saveCsv };
}

export type DayClose = ReturnType<typeof useDayClose>;

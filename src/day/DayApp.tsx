import { useState } from 'preact/hooks';
import type { DayFigure } from '../messaging/protocol';
import { t, uiLanguage } from '../shared/i18n';
import { ErrorBox } from '../ui/ErrorBox';
import { dayBounds, todayIso } from './day-bounds';
import { dayCsv, dayCsvName } from './day-csv';
import { DayForm } from './DayForm';
import { DayNotes } from './DayNotes';
import { DayOrders } from './DayOrders';
import { DayTable, type Picked } from './DayTable';
import { downloadText } from '../ui/download';
import { useDayRead } from './useDayRead';

export function DayApp() {
  const [date, setDate] = useState(todayIso());
  const [picked, setPicked] = useState<Picked | null>(null);
  const { state, read, cancel } = useDayRead();

  const start = () => {
    const bounds = dayBounds(date);
    if (!bounds) return;
    setPicked(null);
    void read(bounds.start, bounds.end);
  };
  const report = state.phase === 'done' ? state.report : null;
  const pick = (by: Picked['by'], name: string | null | undefined, figure: DayFigure) => setPicked({ by, name, figure });

  return (
    <main class="day">
      <h1>{t('day_title')}</h1>
      <DayForm date={date} onDate={setDate} onRead={start} state={state} onCancel={cancel} />
      {state.phase === 'failed' && <ErrorBox error={state.error} />}
      {report && (
        <>
          <DayNotes report={report} />
          <div class="day-actions no-print">
            <button type="button" onClick={() => window.print()}>{t('day_print')}</button>
            <button type="button" onClick={() => downloadText(dayCsvName(date, report.onlyTill), dayCsv(report, uiLanguage()))}>{t('day_save_csv')}</button>
          </div>
          <DayTable title={t('day_per_till')} by="till" groups={report.tills} total={report.total} onPick={pick} />
          <DayTable title={t('day_per_cashier')} by="cashier" groups={report.cashiers} total={report.total} onPick={pick} />
          {picked && <DayOrders orders={report.orders} picked={picked} />}
        </>
      )}
    </main>
  );
}

import { useEffect } from 'preact/hooks';
import { t } from '../shared/i18n';
import { ErrorBox } from '../ui/ErrorBox';
import { DayForm } from '../ui/day/DayForm';
import { DayNotes } from '../ui/day/DayNotes';
import { useDayClose } from '../ui/day/useDayClose';
import { DayOrders } from './DayOrders';
import { DayTable } from './DayTable';

export function DayApp() {
  const asked = new URLSearchParams(location.search).get('date');
  const day = useDayClose(asked ?? undefined);
  const { state, report, picked, pick } = day;
  // Opened from the popup's close of day with its date: added up at once, ready to print.
  useEffect(() => {
    if (asked !== null) day.start();
  }, []);
  return (
    <main class="day">
      <h1>{t('day_title')}</h1>
      <DayForm date={day.date} onDate={day.setDate} onRead={day.start} state={state} onCancel={day.cancel} />
      {state.phase === 'failed' && <ErrorBox error={state.error} />}
      {report && (
        <>
          <DayNotes report={report} />
          <div class="day-actions no-print">
            <button type="button" onClick={() => window.print()}>{t('day_print')}</button>
            <button type="button" onClick={day.saveCsv}>{t('day_save_csv')}</button>
          </div>
          <DayTable title={t('day_per_till')} by="till" groups={report.tills} total={report.total} onPick={pick} />
          <DayTable title={t('day_per_cashier')} by="cashier" groups={report.cashiers} total={report.total} onPick={pick} />
          {picked && <DayOrders orders={report.orders} picked={picked} />}
        </>
      )}
    </main>
  );
}

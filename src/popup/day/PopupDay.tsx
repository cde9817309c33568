/**
 * Close the day inside the popup and the side panel: the same read, figures, notes and CSV
 * as the full page (src/ui/day), laid out for 380 px. Loaded only when opened (DayLoader).
 */
import './popup-day.css';
import { t } from '../../shared/i18n';
import { ErrorBox } from '../../ui/ErrorBox';
import { DayForm } from '../../ui/day/DayForm';
import { DayNotes } from '../../ui/day/DayNotes';
import { useDayClose } from '../../ui/day/useDayClose';
import { dayPageUrl } from '../../ui/extension-pages';
import { DayCards } from './DayCards';
import { DayPickedOrders } from './DayPickedOrders';

export interface PopupDayProps {
  onBack: () => void;
  onOpenOrder: (uuid: string) => void;
}

export function PopupDay({ onBack, onOpenOrder }: PopupDayProps) {
  const day = useDayClose();
  const { state, report, picked } = day;
  return (
    <div class="popup-day">
      <div class="order-head">
        <button type="button" class="back" onClick={onBack} aria-keyshortcuts="Escape">
          <span aria-hidden="true">←</span> {t('common_back')}
        </button>
        <h2 id="popup-day-title" class="popup-day-title">{t('day_title')}</h2>
      </div>
      <div hidden={picked !== null}>
        <DayForm date={day.date} onDate={day.setDate} onRead={day.start} state={state} onCancel={day.cancel} />
        {state.phase === 'failed' && <ErrorBox error={state.error} />}
        <div class="actions popup-day-actions">
          {report ? <button type="button" onClick={day.saveCsv}>{t('day_save_csv')}</button> : null}
          <a class="button" href={dayPageUrl(day.date)} target="_blank" rel="noopener">{t('day_open_full_page')}</a>
        </div>
        {report && (
          <>
            <DayNotes report={report} />
            <DayCards title={t('day_total')} by="till" groups={[]} total={report.total} onPick={day.pick} />
            <DayCards title={t('day_per_till')} by="till" groups={report.tills} onPick={day.pick} />
            <DayCards title={t('day_per_cashier')} by="cashier" groups={report.cashiers} onPick={day.pick} />
          </>
        )}
      </div>
      {report && picked ? <DayPickedOrders orders={report.orders} picked={picked} onBack={day.unpick} onOpen={onOpenOrder} /> : null}
    </div>
  );
}

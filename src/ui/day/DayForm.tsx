import { t } from '../../shared/i18n';
import { timeZoneName } from '../../shared/day-bounds';
import type { DayState } from './useDayRead';

interface Props {
  date: string;
  onDate: (date: string) => void;
  onRead: () => void;
  state: DayState;
  onCancel: (jobId: string) => void;
}

export function DayForm({ date, onDate, onRead, state, onCancel }: Props) {
  const reading = state.phase === 'reading' ? state : null;
  const progress = reading?.progress ?? null;
  return (
    <form class="day-form no-print" onSubmit={(e) => (e.preventDefault(), onRead())}>
      <label>
        {t('day_date_label')}{' '}
        <input type="date" value={date} required onInput={(e) => onDate(e.currentTarget.value)} disabled={reading !== null} />
      </label>
      <button type="submit" disabled={reading !== null}>{t('day_read')}</button>
      <p class="hint">{t('day_zone_note', timeZoneName())}</p>
      {reading && (
        <div class="day-progress" role="status">
          <label>
            {progress?.pagesTotal ? t('day_progress', progress.pagesRead, progress.pagesTotal) : t('day_progress_unknown')}
            <progress max={progress?.pagesTotal ?? undefined} value={progress?.pagesTotal ? progress.pagesRead : undefined} />
          </label>
          <button type="button" onClick={() => onCancel(reading.jobId)}>{t('day_cancel')}</button>
        </div>
      )}
    </form>
  );
}

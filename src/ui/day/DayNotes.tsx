import type { DayReport } from '../../messaging/protocol';
import { formatDateTime } from '../../shared/format';
import { t } from '../../shared/i18n';

/** What the figures cover, and what could not be read. */
export function DayNotes({ report }: { report: DayReport }) {
  const untagged = report.orders.filter((o) => o.till === null).length;
  return (
    <section class="day-notes" aria-label={t('day_title')}>
      <p>
        {formatDateTime(new Date(report.start).toISOString())} — {formatDateTime(new Date(report.end).toISOString())}
      </p>
      {report.onlyTill !== null && <p>{t('day_only_till', report.onlyTill)}</p>}
      {report.failedPages.length > 0 && <p class="warning" role="alert">{t('day_failed_pages', report.failedPages.length)}</p>}
      {report.cancelled && <p class="warning" role="alert">{t('day_cancelled_note')}</p>}
      {untagged > 0 && <p>{t('day_untagged_note', untagged)}</p>}
      {report.total.unreadable > 0 && <p class="warning">{t('day_unreadable_note', report.total.unreadable)}</p>}
    </section>
  );
}

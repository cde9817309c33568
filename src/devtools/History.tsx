import { formatDateTime, formatNumber, formatRelative } from '../shared/format';
import { t } from '../shared/i18n';
import { HISTORY_LIMIT, type HistoryEntry } from './history-store';
import { REASON_LABELS, verdictTone } from './reasons';

const TONE_WORDS = { valid: 'panel_tone_valid', rejected: 'panel_tone_rejected', invalid: 'panel_tone_invalid' } as const;

export function History({ entries, onClear }: { entries: HistoryEntry[]; onClear: () => void }) {
  return (
    <section class="history" aria-labelledby="history-title">
      <div class="section-head">
        <h2 id="history-title">{t('panel_history_title')}</h2>
        <button type="button" class="link" onClick={onClear} disabled={entries.length === 0}>
          {t('panel_history_clear')}
        </button>
      </div>
      {entries.length === 0 ? (
        <p class="muted">{t('panel_history_empty', formatNumber(HISTORY_LIMIT))}</p>
      ) : (
        <ol aria-label={t('panel_history_title')}>
          {entries.map((entry, index) => {
            const tone = verdictTone(entry);
            const when = new Date(entry.at).toISOString();
            return (
              <li key={`${entry.at}-${index}`}>
                <span class="badge" data-tone={tone === 'valid' ? 'paid' : tone === 'rejected' ? 'progress' : 'chargeback'}>
                  {t(TONE_WORDS[tone])}
                </span>
                <span class="history-what">{entry.event ?? (entry.reason ? t(REASON_LABELS[entry.reason]) : '—')}</span>
                <time dateTime={when} title={formatDateTime(when)}>
                  {formatRelative(entry.at)}
                </time>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

import { formatRelative } from '../shared/format';
import type { HistoryEntry } from './history-store';
import { REASON_LABELS, verdictTone } from './reasons';

export function History({ entries, onClear }: { entries: HistoryEntry[]; onClear: () => void }) {
  return (
    <section class="history" aria-labelledby="history-title">
      <div class="section-head">
        <h2 id="history-title">Recent checks</h2>
        <button type="button" class="link" onClick={onClear} disabled={entries.length === 0}>
          Clear history
        </button>
      </div>
      {entries.length === 0 ? (
        <p class="muted">No checks yet. The last 20 are kept here (verdict, event and time only: never bodies or secrets).</p>
      ) : (
        <ol aria-label="Recent checks">
          {entries.map((entry, index) => {
            const tone = verdictTone(entry);
            return (
              <li key={`${entry.at}-${index}`}>
                <span class="badge" data-tone={tone === 'valid' ? 'paid' : tone === 'rejected' ? 'progress' : 'chargeback'}>
                  {tone === 'valid' ? 'Valid' : tone === 'rejected' ? 'Rejected' : 'Invalid'}
                </span>
                <span class="history-what">{entry.event ?? (entry.reason ? REASON_LABELS[entry.reason] : '—')}</span>
                <time dateTime={new Date(entry.at).toISOString()} title={new Date(entry.at).toLocaleString()}>
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

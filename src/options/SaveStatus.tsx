import { errorText } from '../messaging/result';
import { t } from '../shared/i18n';
import { CopyDetails } from '../ui/ErrorBox';
import type { SaveStatus } from './useOptionsForm';

/** How Save or Test connection went, read out to screen readers as it changes. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const fieldsToCorrect = status.kind === 'error' && status.error.code === 'invalid_settings';
  return (
    <div role="status" aria-live="polite" class={`status status-${status.kind}`}>
      {status.kind === 'busy' || status.kind === 'ok' ? status.text : null}
      {status.kind === 'error' ? (
        <>
          <strong>{fieldsToCorrect ? t('options_correct_fields') : t('options_not_connected')}</strong>{' '}
          {fieldsToCorrect ? null : errorText(status.error)}
          {fieldsToCorrect ? null : (
            <>
              {' '}
              <CopyDetails error={status.error} />
            </>
          )}
        </>
      ) : null}
    </div>
  );
}

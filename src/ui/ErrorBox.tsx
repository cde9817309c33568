import { useState } from 'preact/hooks';
import { errorText, type WireError } from '../messaging/result';
import { t } from '../shared/i18n';
import { copyText } from './copy';

/** Text for support (English, technical): what happened, codes and redacted details; never a secret. */
export function errorReport(error: WireError): string {
  return [
    `Error: ${error.message}`,
    `Code: ${error.code}`,
    error.status !== undefined ? `HTTP status: ${error.status}` : null,
    error.requestId ? `Request id: ${error.requestId}` : null,
    error.fields?.length ? `Fields: ${error.fields.map((f) => `${f.field}: ${f.message}`).join('; ')}` : null,
    error.details ? `Details:\n${error.details}` : null,
    `Time: ${new Date().toISOString()}`,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

/**
 * An error in words saying what to do; the code, request id and HTTP status are only in
 * what "Copy details" copies, for whoever gives support.
 */
export function ErrorBox({ error, title }: { error: WireError; title?: string }) {
  return (
    <div class="error-box" role="alert">
      <strong>{title ?? t('common_error_title')}</strong>
      <div>{errorText(error)}</div>
      <CopyDetails error={error} />
    </div>
  );
}

/** "Copy details": the technical report of an error, for support, without showing it. */
export function CopyDetails({ error }: { error: WireError }) {
  const [copied, setCopied] = useState(false);
  return (
    <button type="button" class="link" onClick={async () => setCopied(await copyText(errorReport(error)))}>
      {copied ? t('common_copied') : t('common_copy_details')}
    </button>
  );
}

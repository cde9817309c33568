import { useState } from 'preact/hooks';
import type { WireError } from '../messaging/result';
import { copyText } from './copy';

/** Text for support: what happened, codes and redacted details; never a secret. */
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

export function ErrorBox({ error, title }: { error: WireError; title?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="error-box" role="alert">
      <strong>{title ?? 'Something went wrong'}</strong>
      <div>{error.message}</div>
      {error.requestId ? (
        <div class="meta">
          Request id: <code>{error.requestId}</code>
        </div>
      ) : null}
      <button
        type="button"
        class="link"
        onClick={async () => setCopied(await copyText(errorReport(error)))}
      >
        {copied ? 'Copied' : 'Copy details'}
      </button>
    </div>
  );
}

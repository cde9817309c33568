/**
 * The verdict's sentence in the UI language, built from the verdict's codes and numbers
 * (reason, secret sources, event, sizes, fields) rather than from the worker's English
 * `message`, which stays for logs.
 */
import type { SecretSource, WebhookVerdict } from '../messaging/protocol';
import { formatNumber } from '../shared/format';
import { t, uiLocale } from '../shared/i18n';

/** The SDK's MAX_CALLBACK_BODY_BYTES (imported there would pull the schemas into the panel; a test keeps them equal). */
export const MAX_BODY_BYTES = 1024 * 1024;

const SIGNATURE_HEADER = 'chainside-signature';

/** "the stored secret" / "the pasted secret". */
export function secretPhrase(source: SecretSource): string {
  return source === 'stored' ? t('panel_secret_stored') : t('panel_secret_pasted');
}

/** The bare word: "stored" / "pasted". */
export function sourceWord(source: SecretSource): string {
  return source === 'stored' ? t('panel_source_stored') : t('panel_source_pasted');
}

export function bytesText(bytes: number): string {
  return t('panel_bytes', formatNumber(bytes));
}

/** A size as people read it: "512 bytes", "1.5 KiB", "1 MiB" (binary units, like the SDK's limit). */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return bytesText(bytes);
  const oneDecimal = new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return t('panel_kib', oneDecimal.format(bytes / 1024));
  return t('panel_mib', new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 2 }).format(bytes / 1024 / 1024));
}

/** The `event` of a body the worker pretty-printed, as JSON text; undefined when it has none. */
function eventOf(prettyBody: string | null): string | undefined {
  try {
    const event = (JSON.parse(prettyBody ?? 'null') as { event?: unknown } | null)?.event;
    if (event === undefined) return undefined;
    const shown = JSON.stringify(event) ?? typeof event;
    return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
  } catch {
    return undefined;
  }
}

function notCallback(v: WebhookVerdict): string {
  if (v.reason === 'invalid_json') return v.bodyBytes === 0 ? t('panel_verdict_empty_body') : t('panel_verdict_not_json_object');
  if (v.reason === 'unknown_event') {
    const event = eventOf(v.prettyBody);
    return event === undefined ? t('panel_verdict_no_event') : t('panel_verdict_unknown_event', event);
  }
  return v.fields.length ? t('panel_verdict_schema_fields', v.fields.join(', ')) : t('panel_verdict_schema');
}

function mismatch(v: WebhookVerdict): string {
  const used = secretPhrase(v.secretSource);
  const notMatching = t('panel_verdict_mismatch', used);
  if (v.matchingSecret && v.matchingSecret !== v.secretSource) {
    return `${notMatching} ${t('panel_verdict_other_secret', secretPhrase(v.matchingSecret), used)}`;
  }
  const why = v.diagnoses.length ? t('panel_verdict_mismatch_explained') : t('panel_verdict_mismatch_unexplained');
  return `${notMatching} ${why} ${t('panel_verdict_sdk_rejects')}`;
}

/** One or two sentences: why the webhook is, or is not, a genuine WebPOS callback. */
export function verdictSentence(v: WebhookVerdict): string {
  const rejects = t('panel_verdict_sdk_rejects');
  if (v.valid) {
    const which = v.matchingSecret
      ? t(v.secretSource === 'stored' ? 'panel_secret_stored_not_pasted' : 'panel_secret_pasted_not_stored')
      : secretPhrase(v.secretSource);
    return t('panel_verdict_valid', which, v.summary?.event ?? '—');
  }
  switch (v.reason) {
    case 'missing_signature':
      return `${t('panel_verdict_missing_signature', SIGNATURE_HEADER)} ${rejects}`;
    case 'malformed_signature':
      return `${t('panel_verdict_malformed_signature')} ${rejects}`;
    case 'body_too_large':
      return `${t('panel_verdict_too_large', sizeText(v.bodyBytes), sizeText(MAX_BODY_BYTES))} ${rejects}`;
    case 'invalid_signature':
      return mismatch(v);
    case 'invalid_json':
    case 'unknown_event':
    case 'schema_mismatch':
      return `${notCallback(v)} ${rejects}`;
    default:
      return v.message;
  }
}

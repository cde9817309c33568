/**
 * The webhook verdict's sentence, built once from the verdict's codes and numbers (reason,
 * secret sources, event, sizes, fields): the panel says it in the UI language, the worker
 * in English (the verdict's `message`, for logs), with the same catalogue keys.
 */
import type { SecretSource, WebhookVerdict } from './protocol';
import type { Translate } from '../shared/catalogue';
import { formatNumber } from '../shared/format';

/** The SDK's MAX_CALLBACK_BODY_BYTES (imported there would pull the schemas into the panel; a test keeps them equal). */
export const MAX_BODY_BYTES = 1024 * 1024;

const SIGNATURE_HEADER = 'chainside-signature';

/** Words in one language: a translator and the locale its numbers are written in. */
export interface Speaker {
  t: Translate;
  locale: string;
}

/** "the stored secret" / "the pasted secret". */
export function secretPhrase({ t }: Speaker, source: SecretSource): string {
  return source === 'stored' ? t('panel_secret_stored') : t('panel_secret_pasted');
}

export function bytesText({ t, locale }: Speaker, bytes: number): string {
  return t('panel_bytes', formatNumber(bytes, locale));
}

/** A size as people read it: "512 bytes", "1.5 KiB", "1 MiB" (binary units, like the SDK's limit). */
export function sizeText(speaker: Speaker, bytes: number): string {
  const { t, locale } = speaker;
  if (bytes < 1024) return bytesText(speaker, bytes);
  if (bytes < 1024 * 1024) return t('panel_kib', new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024));
  return t('panel_mib', new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(bytes / 1024 / 1024));
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

function notCallback({ t }: Speaker, v: WebhookVerdict): string {
  if (v.reason === 'invalid_json') return v.bodyBytes === 0 ? t('panel_verdict_empty_body') : t('panel_verdict_not_json_object');
  if (v.reason === 'unknown_event') {
    const event = eventOf(v.prettyBody);
    return event === undefined ? t('panel_verdict_no_event') : t('panel_verdict_unknown_event', event);
  }
  return v.fields.length ? t('panel_verdict_schema_fields', v.fields.join(', ')) : t('panel_verdict_schema');
}

function mismatch(speaker: Speaker, v: WebhookVerdict): string {
  const { t } = speaker;
  const used = secretPhrase(speaker, v.secretSource);
  const notMatching = t('panel_verdict_mismatch', used);
  if (v.matchingSecret && v.matchingSecret !== v.secretSource) {
    return `${notMatching} ${t('panel_verdict_other_secret', secretPhrase(speaker, v.matchingSecret), used)}`;
  }
  const why = v.diagnoses.length ? t('panel_verdict_mismatch_explained') : t('panel_verdict_mismatch_unexplained');
  return `${notMatching} ${why} ${t('panel_verdict_sdk_rejects')}`;
}

/** One or two sentences: why the webhook is, or is not, a genuine WebPOS callback. */
export function verdictSentence(speaker: Speaker, v: Omit<WebhookVerdict, 'message'>): string {
  const { t } = speaker;
  const verdict = { ...v, message: '' };
  const rejects = t('panel_verdict_sdk_rejects');
  if (v.valid) {
    const which = v.matchingSecret
      ? t(v.secretSource === 'stored' ? 'panel_secret_stored_not_pasted' : 'panel_secret_pasted_not_stored')
      : secretPhrase(speaker, v.secretSource);
    return t('panel_verdict_valid', which, v.summary?.event ?? '—');
  }
  switch (v.reason) {
    case 'missing_signature':
      return `${t('panel_verdict_missing_signature', SIGNATURE_HEADER)} ${rejects}`;
    case 'malformed_signature':
      return `${t('panel_verdict_malformed_signature')} ${rejects}`;
    case 'body_too_large':
      return `${t('panel_verdict_too_large', sizeText(speaker, v.bodyBytes), sizeText(speaker, MAX_BODY_BYTES))} ${rejects}`;
    case 'invalid_signature':
      return mismatch(speaker, verdict);
    case 'invalid_json':
    case 'unknown_event':
    case 'schema_mismatch':
      return `${notCallback(speaker, verdict)} ${rejects}`;
    default:
      return rejects;
  }
}

/**
 * The SDK's explanations of a signature mismatch in the UI language. The SDK (a plain
 * library) explains in English with details such as byte counts; an English page shows
 * those exactly, other languages show the catalogue's text for the cause's stable id.
 */
import type { WebhookDiagnosis } from '../messaging/protocol';
import type { MismatchCauseId } from '../sdk/mismatch';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';

type Fix = 'raw' | 'encode' | 'none';

/** Each cause's title and fix; `base` is the advice most fixes start with (raw bytes / base64 encoding). */
const CAUSES: Record<MismatchCauseId, { title: MessageKey; fix: MessageKey; base: Fix }> = {
  'missing-signature': { title: 'panel_cause_missing_signature', fix: 'panel_cause_missing_signature_fix', base: 'none' },
  'signature-quoted': { title: 'panel_cause_signature_quoted', fix: 'panel_cause_signature_quoted_fix', base: 'none' },
  'signature-prefixed': { title: 'panel_cause_signature_prefixed', fix: 'panel_cause_signature_prefixed_fix', base: 'none' },
  'hex-signature': { title: 'panel_cause_hex_signature', fix: 'panel_cause_encode_fix', base: 'none' },
  'signature-wrapped': { title: 'panel_cause_signature_wrapped', fix: 'panel_cause_signature_wrapped_fix', base: 'none' },
  'base64url-signature': { title: 'panel_cause_base64url_signature', fix: 'panel_cause_encode_fix', base: 'none' },
  'base64-unpadded': { title: 'panel_cause_base64_unpadded', fix: 'panel_cause_encode_fix', base: 'none' },
  'hmac-sha256-signature': { title: 'panel_cause_hmac_sha256', fix: 'panel_cause_hmac_sha256_fix', base: 'encode' },
  'signature-wrong-length': { title: 'panel_cause_wrong_length', fix: 'panel_cause_whole_value_fix', base: 'encode' },
  'signature-not-base64': { title: 'panel_cause_not_base64', fix: 'panel_cause_exact_value_fix', base: 'encode' },
  'trailing-newline-added': { title: 'panel_cause_newline_added', fix: 'panel_cause_newline_added_fix', base: 'raw' },
  'trailing-newline-stripped': { title: 'panel_cause_newline_stripped', fix: 'panel_cause_no_trim_fix', base: 'raw' },
  'whitespace-added': { title: 'panel_cause_whitespace_added', fix: 'panel_cause_whitespace_added_fix', base: 'raw' },
  'crlf-added': { title: 'panel_cause_crlf_added', fix: 'panel_cause_binary_mode_fix', base: 'raw' },
  'crlf-stripped': { title: 'panel_cause_crlf_stripped', fix: 'panel_cause_binary_mode_fix', base: 'raw' },
  'signed-parsed-object': { title: 'panel_cause_signed_parsed_object', fix: 'panel_cause_signed_parsed_object_fix', base: 'raw' },
  'json-pretty-2': { title: 'panel_cause_json_pretty_2', fix: 'panel_cause_reencoded_fix', base: 'raw' },
  'json-pretty-4': { title: 'panel_cause_json_pretty_4', fix: 'panel_cause_reencoded_fix', base: 'raw' },
  'json-pretty-tab': { title: 'panel_cause_json_pretty_tab', fix: 'panel_cause_reencoded_fix', base: 'raw' },
  'json-python': { title: 'panel_cause_json_python', fix: 'panel_cause_reencoded_fix', base: 'raw' },
  'json-php': { title: 'panel_cause_json_php', fix: 'panel_cause_reencoded_fix', base: 'raw' },
  'json-sorted': { title: 'panel_cause_json_sorted', fix: 'panel_cause_reencoded_fix', base: 'raw' },
  'json-sorted-pretty': { title: 'panel_cause_json_sorted_pretty', fix: 'panel_cause_reencoded_fix', base: 'raw' },
  'json-sorted-python': { title: 'panel_cause_json_sorted_python', fix: 'panel_cause_reencoded_fix', base: 'raw' },
  'signed-object-string': { title: 'panel_cause_object_string', fix: 'panel_cause_object_string_fix', base: 'raw' },
  'decoded-as-latin1': { title: 'panel_cause_decoded_latin1', fix: 'panel_cause_decode_utf8_fix', base: 'raw' },
  'encoded-as-latin1': { title: 'panel_cause_encoded_latin1', fix: 'panel_cause_no_reencode_fix', base: 'raw' },
  'double-encoded': { title: 'panel_cause_double_encoded', fix: 'panel_cause_no_charset_fix', base: 'raw' },
  'secret-whitespace': { title: 'panel_cause_secret_whitespace', fix: 'panel_cause_secret_whitespace_fix', base: 'none' },
  'secret-quotes': { title: 'panel_cause_secret_quotes', fix: 'panel_cause_secret_quotes_fix', base: 'none' },
  'body-altered-or-other-secret': { title: 'panel_cause_body_altered', fix: 'panel_cause_body_altered_fix', base: 'none' },
};

export interface CauseText {
  title: string;
  fix: string;
  /** The language of the words, when it is not the page's. */
  lang?: string;
}

function baseAdvice(base: Fix): string {
  if (base === 'raw') return t('panel_cause_raw_fix');
  if (base === 'encode') return t('panel_cause_encode_fix', 'chainside-signature');
  return '';
}

export function causeText(diagnosis: WebhookDiagnosis): CauseText {
  const cause = CAUSES[diagnosis.id as MismatchCauseId] as (typeof CAUSES)[MismatchCauseId] | undefined;
  if (uiLanguage() === 'en' || !cause) {
    return uiLanguage() === 'en' ? { title: diagnosis.title, fix: diagnosis.fix } : { title: diagnosis.title, fix: diagnosis.fix, lang: 'en' };
  }
  const header = 'chainside-signature';
  const fix = cause.fix === 'panel_cause_encode_fix' ? t(cause.fix, header) : t(cause.fix, baseAdvice(cause.base), header);
  return { title: t(cause.title, header), fix };
}

/**
 * The verdict's words in the UI language: the shared builder (src/messaging/verdict-sentence.ts)
 * spoken through `t()`, so the worker's English `message` and the panel's sentence are one.
 */
import type { SecretSource, WebhookVerdict } from '../messaging/protocol';
import { t, uiLocale } from '../shared/i18n';
import * as shared from '../messaging/verdict-sentence';

export { MAX_BODY_BYTES } from '../messaging/verdict-sentence';

const ui = (): shared.Speaker => ({ t, locale: uiLocale() });

/** "the stored secret" / "the pasted secret". */
export function secretPhrase(source: SecretSource): string {
  return shared.secretPhrase(ui(), source);
}

/** The bare word: "stored" / "pasted". */
export function sourceWord(source: SecretSource): string {
  return source === 'stored' ? t('panel_source_stored') : t('panel_source_pasted');
}

export function bytesText(bytes: number): string {
  return shared.bytesText(ui(), bytes);
}

export function sizeText(bytes: number): string {
  return shared.sizeText(ui(), bytes);
}

/** One or two sentences: why the webhook is, or is not, a genuine WebPOS callback. */
export function verdictSentence(v: WebhookVerdict): string {
  return shared.verdictSentence(ui(), v);
}

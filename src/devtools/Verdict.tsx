import type { WebhookVerdict } from '../messaging/protocol';
import { formatDateTime } from '../shared/format';
import { t, uiLanguage } from '../shared/i18n';
import { causeText } from './cause-text';
import { verdictTone } from './reasons';
import { bytesText, sourceWord, verdictSentence } from './verdict-text';

/**
 * The verdict, in a polite live region. The heading is about the signature
 * alone ("Valid signature" / "Invalid signature"); whether the body is then a
 * callback is the sentence under it. So the signed empty body of the signature
 * vectors reads "Valid signature" and "…the body is empty, so it is not a
 * WebPOS callback", and is shown amber, not green: the SDK rejects it.
 */
/** `checks` counts completed checks, so a repeat of the same verdict is still a new one (tests wait on it). */
export function Verdict({ verdict, checks }: { verdict: WebhookVerdict | null; checks: number }) {
  const tone = verdict ? verdictTone(verdict) : null;
  // The worker's technical detail is English; said so to assistive technology on other pages.
  const sdkLang = uiLanguage() === 'en' ? undefined : 'en';
  return (
    <div>
      <div role="status" aria-live="polite" aria-atomic="true" class="verdict" data-tone={tone ?? 'none'} data-checks={checks}>
        {verdict ? (
          <>
            <div class="verdict-head">
              <span class="verdict-icon" aria-hidden="true">{tone === 'valid' ? '✓' : tone === 'rejected' ? '!' : '✕'}</span>
              <div>
                <h3 class="verdict-title">{verdict.signatureValid ? t('panel_signature_valid') : t('panel_signature_invalid')}</h3>
                {tone === 'rejected' ? <p class="verdict-sub">{t('panel_not_a_callback')}</p> : null}
              </div>
            </div>
            <p class="verdict-message">{verdictSentence(verdict)}</p>
            <p class="verdict-meta">
              {t('panel_checked_with', sourceWord(verdict.secretSource))}
              {verdict.matchingSecret ? ` · ${t('panel_matching_secret', sourceWord(verdict.matchingSecret))}` : ''} · {t('panel_body_size', bytesText(verdict.bodyBytes))}
            </p>
            {verdict.fields.length ? (
              <p class="verdict-fields">
                {t('panel_fields')} {verdict.fields.map((f) => <code key={f}>{f}</code>)}
              </p>
            ) : null}
            {verdict.reason === 'malformed_signature' && verdict.diagnoses.length === 0 ? (
              <article class="diagnosis">
                <h4>{t('panel_what_happened')}</h4>
                <p lang={sdkLang}>{verdict.message}</p>
                <h4>{t('panel_what_to_change')}</h4>
                <p>{t('panel_fix_signature_format', 'chainside-signature')}</p>
              </article>
            ) : null}
            {verdict.diagnoses.map((d) => {
              const cause = causeText(d);
              return (
                <article class="diagnosis" key={d.id}>
                  <h4>{t('panel_what_happened')}</h4>
                  <p lang={cause.lang}>{cause.title}</p>
                  <h4>{t('panel_what_to_change')}</h4>
                  <p lang={cause.lang}>{cause.fix}</p>
                  {d.id === 'crlf-stripped' ? <p class="muted">{t('panel_crlf_tip', t('panel_crlf_label'))}</p> : null}
                </article>
              );
            })}
          </>
        ) : (
          <p class="muted">{t('panel_verdict_empty')}</p>
        )}
      </div>
      {verdict?.summary ? (
        <section class="parsed" aria-label={t('panel_parsed_callback')}>
          <dl>
            <dt>{t('panel_parsed_event')}</dt><dd><code>{verdict.summary.event}</code></dd>
            <dt>{t('panel_parsed_created')}</dt><dd title={verdict.summary.createdAt}>{formatDateTime(verdict.summary.createdAt)}</dd>
            <dt>{t('panel_parsed_order')}</dt><dd><code>{verdict.summary.orderUuid ?? '—'}</code></dd>
            <dt>{t('panel_parsed_amount')}</dt><dd>{verdict.summary.amount ?? '—'}</dd>
            <dt>{t('panel_parsed_status')}</dt><dd><code>{verdict.summary.status ?? '—'}</code></dd>
          </dl>
        </section>
      ) : null}
      {verdict?.prettyBody ? (
        <details class="json">
          <summary>{verdict.valid ? t('panel_full_json') : t('panel_full_json_invalid')}</summary>
          <pre tabIndex={0}>{verdict.prettyBody}</pre>
        </details>
      ) : null}
    </div>
  );
}

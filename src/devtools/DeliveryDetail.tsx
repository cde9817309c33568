import type { SandboxDelivery } from '../messaging/protocol';
import { formatNumber, formatTime } from '../shared/format';
import { t } from '../shared/i18n';
import { formatText } from '../shared/local-text';
import { attemptNote, headerLines, prettyJson, receiverOk, receiverStatus, VERDICT_LABELS, VERDICT_TONES } from './delivery-labels';
import { bytesText } from './verdict-text';

interface Props {
  delivery: SandboxDelivery;
  resending: boolean;
  onLoad: () => void;
  onResend: () => void;
  onClose: () => void;
}

/** One delivery opened: what was sent (headers, exact body), what came back, and what to do with it. */
export function DeliveryDetail({ delivery, resending, onLoad, onResend, onClose }: Props) {
  const bytes = new TextEncoder().encode(delivery.body).byteLength;
  const pretty = prettyJson(delivery.body);
  return (
    <section class="card delivery" aria-labelledby="delivery-title">
      <div class="section-head">
        <h2 id="delivery-title">
          {t('events_delivery_of')} <span class="mono">{delivery.event}</span>
        </h2>
        <button type="button" class="link" onClick={onClose}>
          {t('common_close')}
        </button>
      </div>
      <p class="delivery-verdict">
        <span class="badge" data-tone={VERDICT_TONES[delivery.verdict]}>
          {t(VERDICT_LABELS[delivery.verdict])}
        </span>{' '}
        {formatText(delivery.verdictMessage)}
      </p>
      <dl class="delivery-meta">
        <dt>{t('events_sent_to')}</dt>
        <dd class="mono">{delivery.url}</dd>
        <dt>{t('events_col_receiver')}</dt>
        <dd>
          <span class="badge" data-tone={receiverOk(delivery) ? 'paid' : 'chargeback'}>{receiverStatus(delivery)}</span>
          {delivery.error ? <span class="muted"> {delivery.error}</span> : null}
        </dd>
        <dt>{t('events_when')}</dt>
        <dd>
          {formatTime(delivery.at)} · {attemptNote(delivery)}
          {delivery.retryInMs !== null ? ` · ${t('events_next_try', formatNumber(delivery.retryInMs / 1000))}` : ''}
        </dd>
        <dt>{t('panel_parsed_order')}</dt>
        <dd class="mono">{delivery.orderUuid}</dd>
        <dt>{t('events_delivery_id')}</dt>
        <dd class="mono">{delivery.id}</dd>
      </dl>
      <h3>{t('events_request_headers')}</h3>
      <pre class="exact" tabIndex={0} aria-label={t('events_request_headers')}>{headerLines(delivery.headers)}</pre>
      <h3>
        {t('events_body')} <span class="muted">{t('events_body_size', bytesText(bytes))}</span>
      </h3>
      <pre class="exact" tabIndex={0} aria-label={t('events_body')}>{delivery.body}</pre>
      {pretty ? (
        <details class="json">
          <summary>{t('events_indented')}</summary>
          <pre tabIndex={0} aria-label={t('events_body_indented')}>{pretty}</pre>
        </details>
      ) : null}
      <h3>
        {t('events_answer')}{' '}
        <span class="muted">{delivery.answerTruncated ? t('events_answer_truncated') : delivery.answer === '' ? t('events_answer_empty') : ''}</span>
      </h3>
      {delivery.answer !== '' ? <pre class="exact" tabIndex={0} aria-label={t('events_answer')}>{delivery.answer}</pre> : null}
      <div class="actions">
        <button type="button" onClick={onLoad}>
          {t('panel_generate_load')}
        </button>
        <button type="button" class="primary" onClick={onResend} disabled={resending} aria-busy={resending}>
          {resending ? t('events_resending') : t('events_resend')}
        </button>
      </div>
    </section>
  );
}

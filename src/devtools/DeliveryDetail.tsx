import type { SandboxDelivery } from '../messaging/protocol';
import { formatText } from '../shared/local-text';
import { attemptNote, clockTime, headerLines, prettyJson, receiverOk, receiverStatus, VERDICT_LABELS, VERDICT_TONES } from './delivery-labels';

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
          <span class="mono">{delivery.event}</span> delivery
        </h2>
        <button type="button" class="link" onClick={onClose}>
          Close
        </button>
      </div>
      <p class="delivery-verdict">
        <span class="badge" data-tone={VERDICT_TONES[delivery.verdict]}>
          {VERDICT_LABELS[delivery.verdict]}
        </span>{' '}
        {formatText(delivery.verdictMessage)}
      </p>
      <dl class="delivery-meta">
        <dt>Sent to</dt>
        <dd class="mono">{delivery.url}</dd>
        <dt>Receiver</dt>
        <dd>
          <span class="badge" data-tone={receiverOk(delivery) ? 'paid' : 'chargeback'}>{receiverStatus(delivery)}</span>
          {delivery.error ? <span class="muted"> {delivery.error}</span> : null}
        </dd>
        <dt>When</dt>
        <dd>
          {clockTime(delivery.at)} · {attemptNote(delivery)}
          {delivery.retryInMs !== null ? ` · next try in ${(delivery.retryInMs / 1000).toLocaleString()} s` : ''}
        </dd>
        <dt>Order</dt>
        <dd class="mono">{delivery.orderUuid}</dd>
        <dt>Delivery id</dt>
        <dd class="mono">{delivery.id}</dd>
      </dl>
      <h3>Request headers</h3>
      <pre class="exact" tabIndex={0} aria-label="Request headers">{headerLines(delivery.headers)}</pre>
      <h3>
        Body <span class="muted">({bytes.toLocaleString()} bytes, exactly as sent)</span>
      </h3>
      <pre class="exact" tabIndex={0} aria-label="Body">{delivery.body}</pre>
      {pretty ? (
        <details class="json">
          <summary>Indented for reading (not the bytes that were signed)</summary>
          <pre tabIndex={0} aria-label="Body, indented">{pretty}</pre>
        </details>
      ) : null}
      <h3>
        Receiver’s answer{' '}
        <span class="muted">{delivery.answerTruncated ? '(first 2 KB)' : delivery.answer === '' ? '(empty)' : ''}</span>
      </h3>
      {delivery.answer !== '' ? <pre class="exact" tabIndex={0} aria-label="Receiver’s answer">{delivery.answer}</pre> : null}
      <div class="actions">
        <button type="button" onClick={onLoad}>
          Load into verifier
        </button>
        <button type="button" class="primary" onClick={onResend} disabled={resending} aria-busy={resending}>
          {resending ? 'Resending…' : 'Resend'}
        </button>
      </div>
    </section>
  );
}

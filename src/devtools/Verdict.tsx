import type { WebhookVerdict } from '../messaging/protocol';
import { formatDateTime } from '../shared/format';
import { verdictTone } from './reasons';

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
  return (
    <div>
      <div role="status" aria-live="polite" aria-atomic="true" class="verdict" data-tone={tone ?? 'none'} data-checks={checks}>
        {verdict ? (
          <>
            <div class="verdict-head">
              <span class="verdict-icon" aria-hidden="true">{tone === 'valid' ? '✓' : tone === 'rejected' ? '!' : '✕'}</span>
              <div>
                <h3 class="verdict-title">{verdict.signatureValid ? 'Valid signature' : 'Invalid signature'}</h3>
                {tone === 'rejected' ? <p class="verdict-sub">…but not a WebPOS callback</p> : null}
              </div>
            </div>
            <p class="verdict-message">{verdict.message}</p>
            <p class="verdict-meta">
              Checked with the {verdict.secretSource} secret
              {verdict.matchingSecret ? ` · matching secret: ${verdict.matchingSecret}` : ''} · body {verdict.bodyBytes.toLocaleString()} bytes
            </p>
            {verdict.fields.length ? (
              <p class="verdict-fields">
                Fields: {verdict.fields.map((f) => <code key={f}>{f}</code>)}
              </p>
            ) : null}
            {verdict.diagnoses.map((d) => (
              <article class="diagnosis" key={d.id}>
                <h4>What happened</h4>
                <p>{d.title}</p>
                <h4>What to change</h4>
                <p>{d.fix}</p>
                {d.id === 'crlf-stripped' ? (
                  <p class="muted">
                    Text boxes turn CRLF into LF when you paste. If the body you received really had CRLF line endings,
                    tick “Body uses CRLF line endings” and verify again.
                  </p>
                ) : null}
              </article>
            ))}
          </>
        ) : (
          <p class="muted">Paste what your server received and press Verify. The verdict appears here.</p>
        )}
      </div>
      {verdict?.summary ? (
        <section class="parsed" aria-label="Parsed callback">
          <dl>
            <dt>Event</dt><dd><code>{verdict.summary.event}</code></dd>
            <dt>Created</dt><dd title={verdict.summary.createdAt}>{formatDateTime(verdict.summary.createdAt)}</dd>
            <dt>Order</dt><dd><code>{verdict.summary.orderUuid ?? '—'}</code></dd>
            <dt>Amount</dt><dd>{verdict.summary.amount ?? '—'}</dd>
            <dt>Status</dt><dd>{verdict.summary.status ?? '—'}</dd>
          </dl>
        </section>
      ) : null}
      {verdict?.prettyBody ? (
        <details class="json">
          <summary>{verdict.valid ? 'Full JSON' : 'Full JSON (not a valid callback: do not act on it)'}</summary>
          <pre tabIndex={0}>{verdict.prettyBody}</pre>
        </details>
      ) : null}
    </div>
  );
}

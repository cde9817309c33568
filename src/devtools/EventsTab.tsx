import { useState } from 'preact/hooks';
import { formatText } from '../shared/local-text';
import type { SandboxDelivery } from '../messaging/protocol';
import type { WireError } from '../messaging/result';
import { send } from '../messaging/send';
import { ErrorBox } from '../ui/ErrorBox';
import { DeliveryDetail } from './DeliveryDetail';
import { attemptNote, clockTime, destination, receiverOk, receiverStatus, shortId, VERDICT_LABELS, VERDICT_TONES } from './delivery-labels';
import { useDeliveries } from './useDeliveries';

interface Props {
  /** The tab is shown: only then is the log read live. */
  active: boolean;
  onLoadIntoVerifier: (body: string, signature: string) => void;
}

/** The sandbox's callback deliveries, newest first, each with our verdict; open one to read, verify or resend it. */
export function EventsTab({ active, onLoadIntoVerifier }: Props) {
  const [live, setLive] = useState(true);
  const { list, error, updatedAt, refresh } = useDeliveries(active && live);
  const [opened, setOpened] = useState<SandboxDelivery | null>(null);
  const [resending, setResending] = useState(false);
  const [notice, setNotice] = useState('');
  const [resendError, setResendError] = useState<WireError | null>(null);

  const current = opened ? (list?.deliveries.find((d) => d.id === opened.id) ?? opened) : null;

  async function resend(delivery: SandboxDelivery) {
    setResending(true);
    setResendError(null);
    setNotice('');
    const reply = await send('sandbox.resend', { id: delivery.id });
    setResending(false);
    if (!reply.ok) {
      setResendError(reply.error);
      return;
    }
    setOpened(reply.data);
    setNotice(`Resent to ${destination(reply.data.url)}: the receiver answered ${receiverStatus(reply.data)}. The new attempt is at the top of the list.`);
    await refresh();
  }

  return (
    <div class="columns events">
      <section class="card" aria-labelledby="events-title">
        <div class="section-head">
          <h2 id="events-title">Sandbox deliveries</h2>
          <div class="events-tools">
            <label class="checkbox inline">
              <input type="checkbox" checked={live} onChange={(e) => setLive(e.currentTarget.checked)} /> Update live
            </label>
            <button type="button" onClick={() => void refresh()}>
              Refresh
            </button>
          </div>
        </div>
        <p class="muted">
          {list ? `Callbacks the sandbox at ${list.sandboxUrl} sent, newest first, with our check of each signature (saved secret).` : 'Reading the sandbox’s delivery log…'}
          {updatedAt ? ` Updated ${new Date(updatedAt).toLocaleTimeString()}.` : ''}
        </p>
        {error ? <ErrorBox error={error} title="Could not read the sandbox’s deliveries" /> : null}
        {list && list.deliveries.length === 0 ? (
          <p class="empty">
            No deliveries yet. In the popup, open an order that has a Callback URL and press <strong>Simulate payment.completed</strong>, or start
            the sandbox with <code>--forward-to</code> so every callback goes to your server.
          </p>
        ) : null}
        {list && list.deliveries.length > 0 ? (
          <table class="deliveries">
            <caption class="visually-hidden">Deliveries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Event</th>
                <th scope="col">Order</th>
                <th scope="col">Receiver</th>
                <th scope="col">Signature</th>
                <th scope="col">
                  <span class="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.deliveries.map((d) => (
                <tr key={d.id} aria-current={current?.id === d.id ? 'true' : undefined}>
                  <td>
                    <time dateTime={d.at}>{clockTime(d.at)}</time>
                    <div class="muted small">{attemptNote(d)}</div>
                  </td>
                  <td class="mono">{d.event}</td>
                  <td class="mono" title={d.orderUuid}>
                    {shortId(d.orderUuid)}
                  </td>
                  <td>
                    <span class="badge" data-tone={receiverOk(d) ? 'paid' : 'chargeback'}>{receiverStatus(d)}</span>
                    <div class="muted small mono">{destination(d.url)}</div>
                  </td>
                  <td>
                    <span class="badge" data-tone={VERDICT_TONES[d.verdict]} title={formatText(d.verdictMessage)}>
                      {VERDICT_LABELS[d.verdict]}
                    </span>
                  </td>
                  <td>
                    <button type="button" class="small-button" onClick={() => setOpened(d)} aria-label={`Open ${d.event} delivery of ${clockTime(d.at)}, ${attemptNote(d)}`}>
                      Open
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <div>
        <div role="status" class="events-notice" aria-live="polite">
          {notice}
        </div>
        {resendError ? <ErrorBox error={resendError} title="Not resent" /> : null}
        {current ? (
          <DeliveryDetail
            delivery={current}
            resending={resending}
            onLoad={() => onLoadIntoVerifier(current.body, current.signature)}
            onResend={() => void resend(current)}
            onClose={() => setOpened(null)}
          />
        ) : (
          <section class="card muted" aria-label="No delivery open">
            Open a delivery to see its headers, its exact body and the receiver’s answer, load it into the verifier or resend it.
          </section>
        )}
      </div>
    </div>
  );
}

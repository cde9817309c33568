import { useState } from 'preact/hooks';
import { formatText } from '../shared/local-text';
import type { SandboxDelivery } from '../messaging/protocol';
import type { WireError } from '../messaging/result';
import { send } from '../messaging/send';
import { formatTime } from '../shared/format';
import { t } from '../shared/i18n';
import { ErrorBox } from '../ui/ErrorBox';
import { DeliveryDetail } from './DeliveryDetail';
import { attemptNote, destination, receiverOk, receiverStatus, shortId, VERDICT_LABELS, VERDICT_TONES } from './delivery-labels';
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
    setNotice(t('events_resent_notice', destination(reply.data.url), receiverStatus(reply.data)));
    await refresh();
  }

  return (
    <div class="columns events">
      <section class="card" aria-labelledby="events-title">
        <div class="section-head">
          <h2 id="events-title">{t('events_title')}</h2>
          <div class="events-tools">
            <label class="checkbox inline">
              <input type="checkbox" checked={live} onChange={(e) => setLive(e.currentTarget.checked)} /> {t('events_live')}
            </label>
            <button type="button" onClick={() => void refresh()}>
              {t('common_refresh')}
            </button>
          </div>
        </div>
        <p class="muted">
          {list ? t('events_intro', list.sandboxUrl) : t('events_reading')}
          {updatedAt ? ` ${t('events_updated_at', formatTime(updatedAt))}` : ''}
        </p>
        {error ? <ErrorBox error={error} title={t('events_read_failed')} /> : null}
        {list && list.deliveries.length === 0 ? (
          <p class="empty">
            {t('events_empty')} <code>--forward-to &lt;url&gt;</code>
          </p>
        ) : null}
        {list && list.deliveries.length > 0 ? (
          <table class="deliveries">
            <caption class="visually-hidden">{t('events_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('events_col_time')}</th>
                <th scope="col">{t('panel_parsed_event')}</th>
                <th scope="col">{t('panel_parsed_order')}</th>
                <th scope="col">{t('events_col_receiver')}</th>
                <th scope="col">{t('panel_verify_signature_label')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('events_open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.deliveries.map((d) => (
                <tr key={d.id} aria-current={current?.id === d.id ? 'true' : undefined}>
                  <td>
                    <time dateTime={d.at}>{formatTime(d.at)}</time>
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
                      {t(VERDICT_LABELS[d.verdict])}
                    </span>
                  </td>
                  <td>
                    <button type="button" class="small-button" onClick={() => setOpened(d)} aria-label={t('events_open_label', d.event, formatTime(d.at), attemptNote(d))}>
                      {t('events_open')}
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
        {resendError ? <ErrorBox error={resendError} title={t('events_resend_failed')} /> : null}
        {current ? (
          <DeliveryDetail
            delivery={current}
            resending={resending}
            onLoad={() => onLoadIntoVerifier(current.body, current.signature)}
            onResend={() => void resend(current)}
            onClose={() => setOpened(null)}
          />
        ) : (
          <section class="card muted" aria-label={t('events_none_open')}>
            {t('events_none_open_hint')}
          </section>
        )}
      </div>
    </div>
  );
}

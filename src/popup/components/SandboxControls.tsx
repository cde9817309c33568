import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CachedOrder } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import type { CallbackEventName } from '../../sdk';
import { t, type MessageKey } from '../../shared/i18n';
import { ErrorBox } from '../../ui/ErrorBox';

/** What each test event makes happen, in a cashier's words; the event name stays in small print. */
const EVENT_WORDS: Record<CallbackEventName, MessageKey> = {
  'payment.completed': 'sandbox_event_completed',
  'payment.overpaid': 'sandbox_event_overpaid',
  'payment.expired': 'sandbox_event_expired',
  'payment.cancelled': 'sandbox_event_cancelled',
  'payment.dispute.start': 'sandbox_event_dispute_start',
  'payment.dispute.end': 'sandbox_event_dispute_end',
  'payment.chargeback': 'sandbox_event_chargeback',
};

/** The local sandbox takes a part payment (its "partial" step) only before anything else happened. */
const PART_PAYABLE: ReadonlySet<string> = new Set(['pending', 'partial']);

interface SandboxControlsProps {
  uuid: string;
  /** The order's blockchain status: changes with its state, so the offered steps are re-read. */
  stateKey: string;
  onChanged: (next: CachedOrder) => void;
}

/** Sandbox only: make the server act as if the customer paid (or not), without bitcoin. */
export function SandboxControls({ uuid, stateKey, onChanged }: SandboxControlsProps) {
  const [callbacks, setCallbacks] = useState<CallbackEventName[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<WireError | null>(null);

  useEffect(() => {
    let alive = true;
    void send('order.callbacks', { uuid }).then((result) => {
      if (!alive) return;
      if (result.ok) setCallbacks(result.data.callbacks);
      else setError(result.error);
    });
    return () => {
      alive = false;
    };
  }, [uuid, stateKey]);

  const run = async (what: string, action: () => ReturnType<typeof send<'order.reset'>>) => {
    setBusy(what);
    setError(null);
    const result = await action();
    setBusy(null);
    if (result.ok) onChanged(result.data);
    else setError(result.error);
  };

  return (
    <section class="sandbox" aria-labelledby="sandbox-title">
      <h3 id="sandbox-title">{t('sandbox_title')}</h3>
      <p class="muted small">{t('sandbox_intro')}</p>
      <div class="actions wrap">
        {callbacks === null ? <span class="muted">{t('common_loading')}</span> : null}
        {callbacks?.length === 0 ? <span class="muted">{t('sandbox_nothing_applies')}</span> : null}
        {callbacks?.map((callback) => (
          <Fragment key={callback}>
            <SandboxAction
              id={`sandbox-${callback.replace(/\./g, '-')}`}
              words={t(EVENT_WORDS[callback])}
              apiName={callback}
              disabled={busy !== null}
              onClick={() => void run(callback, () => send('order.simulate', { uuid, callback }))}
            />
            {callback === 'payment.completed' && PART_PAYABLE.has(stateKey) ? (
              <SandboxAction
                id="sandbox-partial"
                words={t('sandbox_event_partial')}
                apiName="step → partial"
                disabled={busy !== null}
                onClick={() => void run('partial', () => send('order.payPart', { uuid }))}
              />
            ) : null}
          </Fragment>
        ))}
        <SandboxAction
          id="sandbox-reset"
          words={t('sandbox_reset')}
          apiName="test/reset"
          disabled={busy !== null}
          onClick={() => void run('reset', () => send('order.reset', { uuid }))}
        />
      </div>
      {error ? <ErrorBox error={error} title={t('sandbox_failed')} /> : null}
    </section>
  );
}

interface SandboxActionProps {
  id: string;
  /** What happens, in a cashier's words: the button's name. */
  words: string;
  /** The API's name for it, in small print under the button for developers. */
  apiName: string;
  disabled: boolean;
  onClick: () => void;
}

function SandboxAction({ id, words, apiName, disabled, onClick }: SandboxActionProps) {
  return (
    <span class="sandbox-action">
      <button type="button" disabled={disabled} onClick={onClick} aria-describedby={id}>
        {words}
      </button>
      <small class="event-name" id={id}>
        {apiName}
      </small>
    </span>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { CachedOrder } from '../../messaging/protocol';
import type { WireError } from '../../messaging/result';
import { send } from '../../messaging/send';
import { t } from '../../shared/i18n';
import { ErrorBox } from '../../ui/ErrorBox';

/** Cancel order, with a second, explicit step; Escape steps back out of it. */
export function CancelOrder({ uuid, onCancelled }: { uuid: string; onCancelled: (next: CachedOrder) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await send('order.cancel', { uuid });
    setBusy(false);
    if (result.ok) {
      setConfirming(false);
      onCancelled(result.data);
    } else setError(result.error);
  };

  if (!confirming) {
    return (
      <button type="button" class="danger" ref={openRef} onClick={() => setConfirming(true)}>
        {t('order_cancel')}
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby="cancel-question"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setConfirming(false);
        }
      }}
    >
      <p id="cancel-question">
        <strong>{t('order_cancel_question')}</strong> {t('order_cancel_consequence')}
      </p>
      <div class="actions">
        <button type="button" class="danger" disabled={busy} onClick={confirm}>
          {busy ? t('order_cancelling') : t('order_cancel_confirm')}
        </button>
        <button type="button" ref={keepRef} disabled={busy} onClick={() => setConfirming(false)}>
          {t('order_cancel_keep')}
        </button>
      </div>
      {error ? <ErrorBox error={error} title={t('order_cancel_failed')} /> : null}
    </div>
  );
}

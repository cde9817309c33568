import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../messaging/result';
import { send } from '../../messaging/send';
import { t } from '../../shared/i18n';
import { describedBy } from '../../ui/Field';

/** Shown instead of the order form while the secret is locked: nothing reaches WebPOS until it is unlocked. */
export function UnlockPanel({ onUnlocked }: { onUnlocked: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const result = await send('vault.unlock', { passphrase });
    setBusy(false);
    if (!result.ok) {
      setError(errorText(result.error));
      input.current?.select();
      return;
    }
    setPassphrase('');
    setError(null);
    onUnlocked();
  };

  return (
    <form class="unlock" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="unlock-title">
      <h2 id="unlock-title">{t('unlock_title')}</h2>
      <p id="unlock-hint">{t('unlock_hint')}</p>
      <label for="unlock-passphrase">{t('unlock_passphrase')}</label>
      <input
        ref={input}
        id="unlock-passphrase"
        type="password"
        autocomplete="current-password"
        value={passphrase}
        onInput={(e) => setPassphrase(e.currentTarget.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy('unlock-passphrase', error, false) ?? 'unlock-hint'}
      />
      {error ? (
        <div class="field-error" id="unlock-passphrase-error" role="alert">
          {error}
        </div>
      ) : null}
      <button type="submit" class="primary" disabled={busy || passphrase === ''}>
        {t('unlock_button')}
      </button>
    </form>
  );
}

import { useState } from 'preact/hooks';
import type { PublicSettings, VaultState } from '../messaging/protocol';
import { errorText, type WireError } from '../messaging/result';
import { t } from '../shared/i18n';
import { send } from '../messaging/send';
import { describedBy, Field } from '../ui/Field';
import { errorsFromFieldIssues } from './vault-errors';

interface Props {
  vault: Exclude<VaultState, 'off'>;
  /** The new settings, and what happened in words (the card may disappear with it). */
  onChanged: (settings: PublicSettings, done: string) => void;
}

type Fields = 'unlock' | 'current' | 'next' | 'nextConfirm';

/** Unlock, lock, change or remove the passphrase. Change and remove always ask for the current one. */
export function PassphraseCard({ vault, onChanged }: Props) {
  const [values, setValues] = useState<Record<Fields, string>>({ unlock: '', current: '', next: '', nextConfirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'ok'; text: string } | { kind: 'error'; error: WireError }>({ kind: 'idle', text: '' });

  const input = (id: Fields, label: string, autocomplete: string) => (
    <Field id={`vault-${id}`} label={label} error={errors[id]}>
      <input
        id={`vault-${id}`}
        type="password"
        autocomplete={autocomplete}
        value={values[id]}
        onInput={(e) => setValues((v) => ({ ...v, [id]: e.currentTarget.value }))}
        aria-invalid={Boolean(errors[id])}
        aria-describedby={describedBy(`vault-${id}`, errors[id])}
      />
    </Field>
  );

  const run = async (busyText: string, doneText: string, action: () => ReturnType<typeof send<'vault.lock'>>, fieldMap: Record<string, Fields>) => {
    setStatus({ kind: 'busy', text: busyText });
    setErrors({});
    const result = await action();
    if (!result.ok) {
      setErrors(errorsFromFieldIssues(result.error.fields, fieldMap));
      setStatus({ kind: 'error', error: result.error });
      return;
    }
    setValues({ unlock: '', current: '', next: '', nextConfirm: '' });
    setStatus({ kind: 'ok', text: doneText });
    onChanged(result.data, doneText);
  };

  const unlock = (e: Event) => {
    e.preventDefault();
    void run(t('options_vault_unlocking'), t('options_vault_unlocked_done'), () => send('vault.unlock', { passphrase: values.unlock }), { passphrase: 'unlock' });
  };
  const change = () => {
    if (values.next !== values.nextConfirm) {
      setErrors({ nextConfirm: t('options_passphrases_differ') });
      return;
    }
    void run(t('options_vault_changing'), t('options_vault_changed'), () => send('vault.change', { current: values.current, next: values.next }), { current: 'current', next: 'next' });
  };
  const remove = () =>
    void run(t('options_vault_removing'), t('options_vault_removed'), () => send('vault.remove', { current: values.current }), { current: 'current' });

  const busy = status.kind === 'busy';
  return (
    <section class="card vault-card" aria-labelledby="vault-heading">
      <h2 id="vault-heading">{t('options_passphrase_label')}</h2>
      <p class="vault-state">
        {vault === 'locked' ? t('options_vault_locked_state') : t('options_vault_unlocked_state')}
      </p>
      {vault === 'locked' ? (
        <form onSubmit={unlock} noValidate>
          {input('unlock', t('options_passphrase_label'), 'current-password')}
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              {t('options_vault_unlock')}
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void run(t('options_vault_locking'), t('options_vault_locked_done'), () => send('vault.lock', null), {})}>
            {t('options_vault_lock_now')}
          </button>
        </div>
      )}
      <details class="vault-change">
        <summary>{t('options_vault_change_summary')}</summary>
        {input('current', t('options_vault_current'), 'current-password')}
        <div class="two-columns">
          {input('next', t('options_vault_new'), 'new-password')}
          {input('nextConfirm', t('options_vault_new_confirm'), 'new-password')}
        </div>
        <div class="actions">
          <button type="button" disabled={busy} onClick={change}>
            {t('options_vault_change')}
          </button>
          <button type="button" class="danger" disabled={busy} onClick={remove}>
            {t('options_vault_remove')}
          </button>
        </div>
      </details>
      {status.kind === 'idle' ? null : (
        <div role="status" class={`status status-${status.kind}`}>
          {status.kind === 'error' ? errorText(status.error) : status.text}
        </div>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { PublicSettings, VaultState } from '../messaging/protocol';
import type { WireError } from '../messaging/result';
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
    void run('Unlocking…', 'Unlocked for this browser session.', () => send('vault.unlock', { passphrase: values.unlock }), { passphrase: 'unlock' });
  };
  const change = () => {
    if (values.next !== values.nextConfirm) {
      setErrors({ nextConfirm: 'The two passphrases differ. Type the same passphrase twice.' });
      return;
    }
    void run('Changing the passphrase…', 'Passphrase changed.', () => send('vault.change', { current: values.current, next: values.next }), { current: 'current', next: 'next' });
  };
  const remove = () =>
    void run('Removing the passphrase…', 'Passphrase removed: the secret is stored without encryption again.', () => send('vault.remove', { current: values.current }), { current: 'current' });

  const busy = status.kind === 'busy';
  return (
    <section class="card vault-card" aria-labelledby="vault-heading">
      <h2 id="vault-heading">Passphrase</h2>
      <p class="vault-state">
        {vault === 'locked' ? 'Locked: the secret stays encrypted until the passphrase is entered.' : 'Unlocked for this browser session. The secret is stored only encrypted.'}
      </p>
      {vault === 'locked' ? (
        <form onSubmit={unlock} noValidate>
          {input('unlock', 'Passphrase', 'current-password')}
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              Unlock
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void run('Locking…', 'Locked.', () => send('vault.lock', null), {})}>
            Lock now
          </button>
        </div>
      )}
      <details class="vault-change">
        <summary>Change or remove the passphrase</summary>
        {input('current', 'Current passphrase', 'current-password')}
        <div class="two-columns">
          {input('next', 'New passphrase', 'new-password')}
          {input('nextConfirm', 'Confirm new passphrase', 'new-password')}
        </div>
        <div class="actions">
          <button type="button" disabled={busy} onClick={change}>
            Change passphrase
          </button>
          <button type="button" class="danger" disabled={busy} onClick={remove}>
            Remove passphrase
          </button>
        </div>
      </details>
      {status.kind === 'idle' ? null : (
        <div role="status" class={`status status-${status.kind}`}>
          {status.kind === 'error' ? status.error.message : status.text}
        </div>
      )}
    </section>
  );
}

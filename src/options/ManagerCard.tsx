import { useEffect, useState } from 'preact/hooks';
import type { RoleState } from '../messaging/protocol';
import { send } from '../messaging/send';
import { describedBy, Field } from '../ui/Field';
import { formatDateTime } from '../shared/format';

type Fields = 'pin' | 'pinConfirm';

/**
 * The manager PIN: set it (the till is then in cashier mode whenever the manager's session
 * is over), enter it to change settings, end the session, change or remove it.
 */
export function ManagerCard({ onRole }: { onRole: (state: RoleState) => void }) {
  const [state, setState] = useState<RoleState | null>(null);
  const [values, setValues] = useState<Record<Fields, string>>({ pin: '', pinConfirm: '' });
  const [error, setError] = useState<Partial<Record<Fields, string>>>({});
  const [note, setNote] = useState('');

  const apply = (next: RoleState, text: string) => {
    setState(next);
    onRole(next);
    setValues({ pin: '', pinConfirm: '' });
    setError({});
    setNote(text);
  };
  useEffect(() => {
    void send('role.get', null).then((r) => r.ok && apply(r.data, ''));
  }, []);
  if (!state) return null;

  const field = (id: Fields, label: string) => (
    <Field id={id} label={label} error={error[id]}>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autocomplete={state.role === 'cashier' ? 'current-password' : 'new-password'}
        value={values[id]}
        onInput={(e) => setValues((v) => ({ ...v, [id]: e.currentTarget.value }))}
        aria-invalid={Boolean(error[id])}
        aria-describedby={describedBy(id, error[id])}
      />
    </Field>
  );
  const failed = (message: string) => setError({ pin: message });

  const enter = async (e: Event) => {
    e.preventDefault();
    const r = await send('role.elevate', { pin: values.pin });
    if (r.ok) apply(r.data, 'Manager session started.');
    else failed(r.error.message);
  };
  const setPin = async () => {
    if (values.pin !== values.pinConfirm) return setError({ pinConfirm: 'The two PINs differ. Type the same PIN twice.' });
    const r = await send('role.setPin', { pin: values.pin });
    if (r.ok) apply(r.data, 'Manager PIN set. Without it, this till is in cashier mode.');
    else failed(r.error.message);
  };
  const act = async (type: 'role.drop' | 'role.removePin', text: string) => {
    const r = await send(type, null);
    if (r.ok) apply(r.data, text);
    else setNote(r.error.message);
  };

  return (
    <section class="card" aria-labelledby="manager-heading">
      <h2 id="manager-heading">Manager and cashier</h2>
      {state.role === 'cashier' ? (
        <form onSubmit={(e) => void enter(e)} noValidate>
          <p class="vault-state">Cashier mode: the settings are read-only. Enter the manager PIN to change them.</p>
          {field('pin', 'Manager PIN')}
          <div class="actions">
            <button type="submit" class="primary">
              Enter
            </button>
          </div>
        </form>
      ) : (
        <>
          <p class="vault-state">
            {state.pinSet
              ? `Manager session until ${state.managerUntil ? formatDateTime(new Date(state.managerUntil).toISOString()) : '—'}.`
              : 'Optional. With a PIN, the till is in cashier mode: cashiers make and watch orders and cancel their own pending ones; settings, the passphrase and the saved secret in the panel need the PIN.'}
          </p>
          <div class="two-columns">
            {field('pin', state.pinSet ? 'New manager PIN' : 'Manager PIN')}
            {field('pinConfirm', 'Confirm manager PIN')}
          </div>
          <div class="actions">
            <button type="button" onClick={() => void setPin()}>
              {state.pinSet ? 'Change PIN' : 'Set PIN'}
            </button>
            {state.pinSet ? (
              <>
                <button type="button" onClick={() => void act('role.drop', 'Manager session ended: the till is in cashier mode.')}>
                  End manager session
                </button>
                <button type="button" class="danger" onClick={() => void act('role.removePin', 'Manager PIN removed.')}>
                  Remove PIN
                </button>
              </>
            ) : null}
          </div>
        </>
      )}
      {note ? (
        <div role="status" class="status">
          {note}
        </div>
      ) : null}
    </section>
  );
}

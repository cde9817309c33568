import { useEffect, useState } from 'preact/hooks';
import type { PolicyState, RoleState } from '../messaging/protocol';
import { send } from '../messaging/send';
import { describedBy, Field } from '../ui/Field';
import { formatDateTime } from '../shared/format';
import { t } from '../shared/i18n';
import { errorText } from '../messaging/result';

type Fields = 'pin' | 'pinConfirm';

/**
 * The manager PIN: set it (the till is then in cashier mode whenever the manager's session
 * is over), enter it to change settings, end the session, change or remove it.
 */
export function ManagerCard({ onRole, policy }: { onRole: (state: RoleState) => void; policy: PolicyState | null }) {
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
    if (r.ok) apply(r.data, t('options_manager_session_started'));
    else failed(errorText(r.error));
  };
  const setPin = async () => {
    if (values.pin !== values.pinConfirm) return setError({ pinConfirm: t('options_pins_differ') });
    const r = await send('role.setPin', { pin: values.pin });
    if (r.ok) apply(r.data, t('options_pin_set'));
    else failed(errorText(r.error));
  };
  // The worker refuses these too (policy/managed-pin.ts); here they are not offered.
  const pinFixedBy = policy?.pinManaged ? t('policy_pin_managed') : policy?.locked ? t('policy_pin_locked') : null;
  const act = async (type: 'role.drop' | 'role.removePin', text: string) => {
    const r = await send(type, null);
    if (r.ok) apply(r.data, text);
    else setNote(errorText(r.error));
  };

  return (
    <section class="card" aria-labelledby="manager-heading">
      <h2 id="manager-heading">{t('options_manager_heading')}</h2>
      {state.role === 'cashier' ? (
        <form onSubmit={(e) => void enter(e)} noValidate>
          <p class="vault-state">{t('options_cashier_mode')}</p>
          {field('pin', t('options_manager_pin'))}
          <div class="actions">
            <button type="submit" class="primary">
              {t('options_manager_enter')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p class="vault-state">
            {state.pinSet
              ? t('options_manager_until', state.managerUntil ? formatDateTime(new Date(state.managerUntil).toISOString()) : '—')
              : t('options_manager_intro')}
          </p>
          {pinFixedBy ? (
            <p>{pinFixedBy}</p>
          ) : (
            <div class="two-columns">
              {field('pin', state.pinSet ? t('options_manager_pin_new') : t('options_manager_pin'))}
              {field('pinConfirm', t('options_manager_pin_confirm'))}
            </div>
          )}
          <div class="actions">
            {pinFixedBy ? null : (
              <button type="button" onClick={() => void setPin()}>
                {state.pinSet ? t('options_pin_change') : t('options_pin_set_button')}
              </button>
            )}
            {state.pinSet ? (
              <button type="button" onClick={() => void act('role.drop', t('options_manager_session_ended'))}>
                {t('options_manager_end')}
              </button>
            ) : null}
            {state.pinSet && !pinFixedBy ? (
              <button type="button" class="danger" onClick={() => void act('role.removePin', t('options_pin_removed'))}>
                {t('options_pin_remove')}
              </button>
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

import { describedBy, Field } from '../ui/Field';
import type { FieldErrors, FieldName, FormState } from './form';

interface Props {
  form: FormState;
  errors: FieldErrors;
  set: <K extends FieldName>(key: K, value: FormState[K]) => void;
}

/** The optional passphrase offered while none is set; saved together with the settings. */
export function PassphraseSetup({ form, errors, set }: Props) {
  const input = (id: 'passphrase' | 'passphraseConfirm') => ({
    id,
    name: id,
    type: 'password',
    autocomplete: 'new-password',
    value: form[id],
    onInput: (e: Event) => set(id, (e.currentTarget as HTMLInputElement).value),
    'aria-invalid': Boolean(errors[id]),
    'aria-describedby': describedBy(id, errors[id], id === 'passphrase'),
  });
  return (
    <section class="card">
      <h2>Lock with a passphrase</h2>
      <Field
        id="passphrase"
        label="Passphrase"
        aside="Optional, recommended on a shared computer"
        error={errors.passphrase}
        hint="With a passphrase the secret is stored only encrypted, and the extension asks for the passphrase once per browser session. At least 8 characters. It cannot be recovered: keep it safe."
      >
        <input {...input('passphrase')} />
      </Field>
      <Field id="passphraseConfirm" label="Confirm passphrase" error={errors.passphraseConfirm}>
        <input {...input('passphraseConfirm')} />
      </Field>
    </section>
  );
}

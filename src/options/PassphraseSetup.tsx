import { t } from '../shared/i18n';
import { describedBy, Field } from '../ui/Field';
import type { SectionProps } from './form';

/** The optional passphrase offered while none is set; saved together with the settings. */
export function PassphraseSetup({ form, errors, set }: SectionProps) {
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
      <h2>{t('options_passphrase_setup_heading')}</h2>
      <Field
        id="passphrase"
        label={t('options_passphrase_label')}
        aside={t('options_passphrase_aside')}
        error={errors.passphrase}
        hint={t('options_passphrase_hint')}
      >
        <input {...input('passphrase')} />
      </Field>
      <Field id="passphraseConfirm" label={t('options_passphrase_confirm')} error={errors.passphraseConfirm}>
        <input {...input('passphraseConfirm')} />
      </Field>
    </section>
  );
}

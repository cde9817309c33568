import type { ComponentChildren } from 'preact';
import { HOSTS } from '../sdk/constants';
import { t } from '../shared/i18n';
import { Field } from '../ui/Field';
import { hintFor, textInput } from './fields';
import type { SectionProps } from './form';

/** Where the API is (blank: the mode's own host), with the sections that share the card below it. */
export function ConnectionCard(props: SectionProps & { children: ComponentChildren }) {
  const { form, errors, children } = props;
  return (
    <section class="card">
      <h2>{t('options_connection_heading')}</h2>
      <Field id="baseUrl" label={t('options_base_url_label')} aside={t('common_optional')} error={errors.baseUrl} hint={hintFor(props, 'baseUrl', t('options_base_url_hint', HOSTS[form.mode]))}>
        <input type="url" inputMode="url" spellcheck={false} placeholder={HOSTS[form.mode]} {...textInput('baseUrl', props, true)} />
      </Field>
      {children}
    </section>
  );
}

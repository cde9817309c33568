import { t } from '../shared/i18n';
import type { CustomerLanguage } from '../shared/settings-schema';
import { describedBy, Field } from '../ui/Field';
import { hintFor } from './fields';
import type { SectionProps } from './form';

/** The language the customer display speaks. */
export function CustomerDisplayField(props: SectionProps) {
  const { form, errors, set, fixed } = props;
  return (
    <Field id="customerLanguage" label={t('options_customer_language_label')} error={errors.customerLanguage} hint={hintFor(props, 'customerLanguage', t('options_customer_language_hint'))}>
      <select
        id="customerLanguage"
        aria-describedby={describedBy('customerLanguage', errors.customerLanguage, true)}
        value={form.customerLanguage}
        disabled={fixed?.('customerLanguage')}
        onChange={(e) => set('customerLanguage', e.currentTarget.value as CustomerLanguage)}
      >
        <option value="auto">{t('options_customer_language_auto')}</option>
        <option value="en" lang="en">
          {t('language_en')}
        </option>
        <option value="it" lang="it">
          {t('language_it')}
        </option>
      </select>
    </Field>
  );
}

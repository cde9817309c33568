import { TAG_VALUE_MAX } from '../messaging/order-tags';
import { t } from '../shared/i18n';
import { describedBy, Field } from '../ui/Field';
import { hintFor, SettingCheckbox } from './fields';
import type { SectionProps } from './form';

/** This till's name (per browser profile) and the cashiers who may take it over for a shift. */
export function TillCard(props: SectionProps) {
  const { form, errors, set, fixed } = props;
  return (
    <section class="card">
      <h2>{t('options_till_heading')}</h2>
      <Field id="tillName" label={t('options_till_name_label')} error={errors.tillName} hint={hintFor(props, 'tillName', t('options_till_name_hint'))}>
        <input
          id="tillName"
          name="tillName"
          value={form.tillName}
          readOnly={fixed?.('tillName')}
          maxLength={TAG_VALUE_MAX}
          autocomplete="off"
          placeholder={t('options_till_name_placeholder')}
          onInput={(e) => set('tillName', e.currentTarget.value)}
          aria-invalid={Boolean(errors.tillName)}
          aria-describedby={describedBy('tillName', errors.tillName, true)}
        />
      </Field>
      <SettingCheckbox name="tillNameRequired" label={t('options_till_required_label')} hint={t('options_till_required_hint')} section={props} />
      <Field id="cashiers" label={t('options_cashiers_label')} error={errors.cashiers} hint={hintFor(props, 'cashiers', t('options_cashiers_hint'))}>
        <textarea
          id="cashiers"
          name="cashiers"
          rows={4}
          value={form.cashiers.join('\n')}
          readOnly={fixed?.('cashiers')}
          onInput={(e) => set('cashiers', e.currentTarget.value.split('\n'))}
          aria-invalid={Boolean(errors.cashiers)}
          aria-describedby={describedBy('cashiers', errors.cashiers, true)}
        />
      </Field>
      <SettingCheckbox name="cashierFreeText" label={t('options_cashier_free_text_label')} hint={t('options_cashier_free_text_hint')} section={props} />
    </section>
  );
}

import { t } from '../shared/i18n';
import { SETTINGS_LIMITS } from '../shared/settings-schema';
import { describedBy, Field } from '../ui/Field';
import { hintFor } from './fields';
import type { SectionProps } from './form';

/** The shop's name on the customer's receipt. */
export function ShopNameField(props: SectionProps) {
  const { form, errors, set, fixed } = props;
  return (
    <Field id="shopName" label={t('options_shop_name_label')} error={errors.shopName} hint={hintFor(props, 'shopName', t('options_shop_name_hint'))}>
      <input
        id="shopName"
        type="text"
        maxLength={SETTINGS_LIMITS.shopNameMax}
        aria-describedby={describedBy('shopName', errors.shopName, true)}
        value={form.shopName}
        readOnly={fixed?.('shopName')}
        onInput={(e) => set('shopName', e.currentTarget.value)}
      />
    </Field>
  );
}

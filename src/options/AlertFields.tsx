import { t } from '../shared/i18n';
import { CheckboxField, hintFor } from './fields';
import type { SectionProps } from './form';

/** How this computer tells the cashier an order changed: notifications and sounds. */
export function AlertFields(props: SectionProps) {
  const { form, errors, set, fixed } = props;
  return (
    <>
      <CheckboxField
        id="notifications"
        label={t('options_notifications_label')}
        hint={hintFor(props, 'notifications', t('options_notifications_hint'))}
        checked={form.notifications}
        readOnly={fixed?.('notifications')}
        error={errors.notifications}
        onChange={(on) => set('notifications', on)}
      />
      <CheckboxField id="sound" label={t('options_sound_label')} hint={hintFor(props, 'sound', t('options_sound_hint'))} checked={form.sound} readOnly={fixed?.('sound')} error={errors.sound} onChange={(on) => set('sound', on)} />
    </>
  );
}

import { t } from '../shared/i18n';
import { CheckboxField } from './fields';
import type { SectionProps } from './form';

/** How this computer tells the cashier an order changed: notifications and sounds. */
export function AlertFields({ form, errors, set }: SectionProps) {
  return (
    <>
      <CheckboxField
        id="notifications"
        label={t('options_notifications_label')}
        hint={t('options_notifications_hint')}
        checked={form.notifications}
        error={errors.notifications}
        onChange={(on) => set('notifications', on)}
      />
      <CheckboxField id="sound" label={t('options_sound_label')} hint={t('options_sound_hint')} checked={form.sound} error={errors.sound} onChange={(on) => set('sound', on)} />
    </>
  );
}

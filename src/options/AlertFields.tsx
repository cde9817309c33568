import { t } from '../shared/i18n';
import { SettingCheckbox } from './fields';
import type { SectionProps } from './form';

/** How this computer tells the cashier an order changed: notifications and sounds. */
export function AlertFields(props: SectionProps) {
  return (
    <>
      <SettingCheckbox name="notifications" label={t('options_notifications_label')} hint={t('options_notifications_hint')} section={props} />
      <SettingCheckbox name="sound" label={t('options_sound_label')} hint={t('options_sound_hint')} section={props} />
    </>
  );
}

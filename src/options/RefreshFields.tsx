import { formatNumber } from '../shared/format';
import { t } from '../shared/i18n';
import { SETTINGS_LIMITS } from '../shared/settings-schema';
import { Field } from '../ui/Field';
import { hintFor, textInput } from './fields';
import type { SectionProps } from './form';

const { timeoutSeconds: TIMEOUT, pollIntervalSeconds: POLL } = SETTINGS_LIMITS;

/** How long a request may take, and how often the orders refresh in the background. */
export function RefreshFields(props: SectionProps) {
  const { errors } = props;
  return (
    <div class="two-columns">
      <Field id="timeoutSeconds" label={t('options_timeout_label')} error={errors.timeoutSeconds} hint={hintFor(props, 'timeoutSeconds', t('options_range_hint', formatNumber(TIMEOUT.min), formatNumber(TIMEOUT.max)))}>
        <input type="number" min={TIMEOUT.min} max={TIMEOUT.max} step={1} inputMode="numeric" {...textInput('timeoutSeconds', props, true)} />
      </Field>
      <Field id="pollIntervalSeconds" label={t('options_poll_label')} error={errors.pollIntervalSeconds} hint={hintFor(props, 'pollIntervalSeconds', t('options_range_hint', formatNumber(POLL.min), formatNumber(POLL.max)))}>
        <input type="number" min={POLL.min} max={POLL.max} step={1} inputMode="numeric" {...textInput('pollIntervalSeconds', props, true)} />
      </Field>
    </div>
  );
}

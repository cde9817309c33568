import { t } from '../shared/i18n';
import { describedBy } from '../ui/Field';
import type { FieldName, FormState, SectionProps } from './form';

/** The field's own hint, or that the organisation sets it. */
export function hintFor(props: Pick<SectionProps, 'fixed'>, name: FieldName, hint: string): string {
  return props.fixed?.(name) ? t('policy_set_by_organisation') : hint;
}

type TextField = 'clientId' | 'secret' | 'baseUrl' | 'timeoutSeconds' | 'pollIntervalSeconds';

/** The props every typed-in setting's control carries: its value, its errors and hint tied to it. */
export function textInput(id: TextField, { form, errors, set, fixed }: SectionProps, hasHint = false) {
  return {
    id,
    name: id,
    value: form[id],
    readOnly: fixed?.(id) ?? false,
    onInput: (e: Event) => set(id, (e.currentTarget as HTMLInputElement).value),
    'aria-invalid': Boolean(errors[id]),
    'aria-describedby': describedBy(id, errors[id], hasHint),
  };
}

interface CheckboxProps {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  /** Set by the organisation's policy. */
  readOnly?: boolean;
  error: string | undefined;
  onChange: (checked: boolean) => void;
}

/** An on/off setting: the box inside its label, the hint below, the worker's error under it. */
function CheckboxField({ id, label, hint, checked, readOnly = false, error, onChange }: CheckboxProps) {
  return (
    <div class="field checkbox-field">
      <label for={id}>
        <input id={id} type="checkbox" checked={checked} disabled={readOnly} onChange={(e) => onChange(e.currentTarget.checked)} aria-describedby={`${id}-hint`} />
        {label}
      </label>
      <div class="field-hint" id={`${id}-hint`}>
        {hint}
      </div>
      {error ? <div class="field-error">{error}</div> : null}
    </div>
  );
}

type OnOffSetting = { [K in FieldName]: FormState[K] extends boolean ? K : never }[FieldName];

/** An on/off setting wired to the form by its name: value, change, error, and the policy's hold on it. */
export function SettingCheckbox({ name, label, hint, section }: { name: OnOffSetting; label: string; hint: string; section: SectionProps }) {
  const { form, errors, set, fixed } = section;
  return (
    <CheckboxField
      id={name}
      label={label}
      hint={hintFor(section, name, hint)}
      checked={form[name]}
      readOnly={fixed?.(name)}
      error={errors[name]}
      onChange={(on) => set(name, on)}
    />
  );
}

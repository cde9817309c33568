import { describedBy } from '../ui/Field';
import type { SectionProps } from './form';

type TextField = 'clientId' | 'secret' | 'baseUrl' | 'timeoutSeconds' | 'pollIntervalSeconds';

/** The props every typed-in setting's control carries: its value, its errors and hint tied to it. */
export function textInput(id: TextField, { form, errors, set }: SectionProps, hasHint = false) {
  return {
    id,
    name: id,
    value: form[id],
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
  error: string | undefined;
  onChange: (checked: boolean) => void;
}

/** An on/off setting: the box inside its label, the hint below, the worker's error under it. */
export function CheckboxField({ id, label, hint, checked, error, onChange }: CheckboxProps) {
  return (
    <div class="field checkbox-field">
      <label for={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} aria-describedby={`${id}-hint`} />
        {label}
      </label>
      <div class="field-hint" id={`${id}-hint`}>
        {hint}
      </div>
      {error ? <div class="field-error">{error}</div> : null}
    </div>
  );
}

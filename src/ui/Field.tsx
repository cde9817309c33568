import type { ComponentChildren } from 'preact';

interface FieldProps {
  /** id of the control inside, tied to the label and the error. */
  id: string;
  label: string;
  error?: string | null;
  hint?: ComponentChildren;
  /** Shown at the right of the label, e.g. a character counter. */
  aside?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * A labelled form control with its error beside it. The control must carry
 * `id`, and `aria-describedby={describedBy(id, error)}`, `aria-invalid={Boolean(error)}`.
 */
export function Field({ id, label, error, hint, aside, children }: FieldProps) {
  return (
    <div class="field">
      <div class="field-row">
        <label for={id}>{label}</label>
        {aside ? <span class="field-hint">{aside}</span> : null}
      </div>
      {children}
      {hint ? (
        <div class="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div class="field-error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </div>
  );
}

export function describedBy(id: string, error: string | null | undefined, hasHint = false): string | undefined {
  const ids = [hasHint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

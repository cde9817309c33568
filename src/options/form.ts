/** The options form as the page holds it (strings, as typed) and as the worker receives it. */
import type { PublicSettings, SettingsForm, SettingsSave } from '../messaging/protocol';
import type { FieldIssue } from '../messaging/result';
import { t } from '../shared/i18n';
import { formatText } from '../shared/local-text';
import { FORM_DEFAULTS, formToSettings, formValuesOf, type SettingsFormValues } from '../shared/settings-schema';

export type FormState = SettingsFormValues & {
  /** Offered only while no passphrase is set: seals the secret in the same save. */
  passphrase: string;
  passphraseConfirm: string;
};

export type FieldName = keyof FormState;
export type FieldErrors = Partial<Record<FieldName, string>>;
export type SetField = <K extends FieldName>(key: K, value: FormState[K]) => void;

/** What every options section is given: the form, its errors, and how to change one field. */
export interface SectionProps {
  form: FormState;
  errors: FieldErrors;
  set: SetField;
  /** Whether the organisation's policy sets this field (shown read-only). */
  fixed?: (name: FieldName) => boolean;
}

const NO_PASSPHRASE = { passphrase: '', passphraseConfirm: '' };

export const EMPTY_FORM: FormState = { ...FORM_DEFAULTS, ...NO_PASSPHRASE };

export function formFromSettings(s: PublicSettings): FormState {
  return { ...formValuesOf(s), ...NO_PASSPHRASE };
}

export function toSettingsForm(f: FormState): SettingsForm {
  return formToSettings(f);
}

export function errorsFromFields(fields: readonly FieldIssue[] | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of fields ?? []) {
    const name = issue.field as FieldName;
    out[name] ??= fieldIssueText(issue);
  }
  return out;
}

/** What to show beside a field: the worker's words in the UI language, or its English message. */
export function fieldIssueText(issue: FieldIssue): string {
  return issue.text ? formatText(issue.text) : issue.message;
}

/** The save message: the settings, and a new passphrase when one was typed (both fields must agree). */
export function toSettingsSave(f: FormState): { save: SettingsSave } | { errors: FieldErrors } {
  if (f.passphrase === '' && f.passphraseConfirm === '') return { save: toSettingsForm(f) };
  if (f.passphrase !== f.passphraseConfirm) return { errors: { passphraseConfirm: t('options_passphrases_differ') } };
  return { save: { ...toSettingsForm(f), passphrase: f.passphrase } };
}

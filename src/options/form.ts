/** The options form as the page holds it (strings, as typed) and as the worker receives it. */
import type { CustomerLanguage, PublicSettings, SettingsForm, SettingsSave } from '../messaging/protocol';
import type { FieldIssue } from '../messaging/result';
import { t } from '../shared/i18n';
import { formatText } from '../shared/local-text';

export interface FormState {
  mode: SettingsForm['mode'];
  clientId: string;
  secret: string;
  baseUrl: string;
  timeoutSeconds: string;
  pollIntervalSeconds: string;
  notifications: boolean;
  sound: boolean;
  customerLanguage: CustomerLanguage;
  /** Offered only while no passphrase is set: seals the secret in the same save. */
  passphrase: string;
  passphraseConfirm: string;
}

export type FieldName = keyof FormState;
export type FieldErrors = Partial<Record<FieldName, string>>;

export const EMPTY_FORM: FormState = {
  mode: 'sandbox',
  clientId: '',
  secret: '',
  baseUrl: '',
  timeoutSeconds: '10',
  pollIntervalSeconds: '30',
  notifications: true,
  sound: true,
  customerLanguage: 'auto',
  passphrase: '',
  passphraseConfirm: '',
};

export function formFromSettings(s: PublicSettings): FormState {
  return {
    mode: s.mode,
    clientId: s.clientId,
    secret: '',
    baseUrl: s.baseUrl,
    timeoutSeconds: String(s.timeoutSeconds),
    pollIntervalSeconds: String(s.pollIntervalSeconds),
    notifications: s.notifications,
    sound: s.sound,
    customerLanguage: s.customerLanguage,
    passphrase: '',
    passphraseConfirm: '',
  };
}

/** A number as typed; blank or garbage becomes NaN, which the worker refuses with the field named. */
function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim());
}

export function toSettingsForm(f: FormState): SettingsForm {
  return {
    mode: f.mode,
    clientId: f.clientId.trim(),
    secret: f.secret,
    baseUrl: f.baseUrl.trim(),
    timeoutSeconds: toNumber(f.timeoutSeconds),
    pollIntervalSeconds: toNumber(f.pollIntervalSeconds),
    notifications: f.notifications,
    sound: f.sound,
    customerLanguage: f.customerLanguage,
  };
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

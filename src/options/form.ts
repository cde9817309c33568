/** The options form as the page holds it (strings, as typed) and as the worker receives it. */
import type { PublicSettings, SettingsForm } from '../messaging/protocol';
import type { FieldIssue } from '../messaging/result';

export interface FormState {
  mode: SettingsForm['mode'];
  clientId: string;
  secret: string;
  baseUrl: string;
  timeoutSeconds: string;
  pollIntervalSeconds: string;
  notifications: boolean;
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
  };
}

export function errorsFromFields(fields: readonly FieldIssue[] | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of fields ?? []) {
    const name = issue.field as FieldName;
    out[name] ??= issue.message;
  }
  return out;
}

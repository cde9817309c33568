/**
 * Settings and credentials: one object in `storage.local` under one key (the item is
 * in storage-items.ts). The
 * secret stays here, bound to the mode and origin it was saved for; pages get
 * `PublicSettings` (whether a secret is set and its fingerprint), never the
 * secret itself nor any character of it.
 */
import { HOSTS, type Mode } from '../sdk';
import { CUSTOMER_LANGUAGES, type PublicSettings, type SettingsForm } from '../messaging/protocol';
import { insecureForLive } from '../shared/hosts';
import type { FieldIssue } from '../messaging/result';
import { accountKey as keyOfAccount } from '../shared/account';
import { SETTINGS_LIMITS as LIMITS } from '../shared/limits';
import { AppError, fieldIssue, problem, tooLong, type Problem } from './errors';
import { text } from '../shared/local-text';
import { bindingOrigin, secretBinding, secretFingerprint } from './secret-binding';
import { asSealedSecret, type SealedSecret } from './vault/sealed-secret';

export const SETTINGS_KEY = 'settings';

/**
 * The form's fields as kept in storage, where `secret` is the secret itself (never
 * blank-means-keep), and `secretFor` the `mode|origin` it may be sent to ('' without a secret).
 */
export type StoredSettings = Required<SettingsForm> & {
  secretFor: string;
  /** The secret sealed under a passphrase; when set, `secret` is never written to storage. */
  vault: SealedSecret | null;
};

export const DEFAULT_SETTINGS: Readonly<StoredSettings> = Object.freeze({
  mode: 'sandbox',
  clientId: '',
  secret: '',
  baseUrl: '',
  timeoutSeconds: 10,
  pollIntervalSeconds: 30,
  notifications: true,
  sound: true,
  customerLanguage: 'auto',
  secretFor: '',
  vault: null,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads whatever is stored, falling back to defaults field by field (a damaged value never crashes). */
export function normalizeStored(raw: unknown): StoredSettings {
  const r = isRecord(raw) ? raw : {};
  const pick = <K extends keyof StoredSettings>(key: K, ok: (v: unknown) => boolean): StoredSettings[K] =>
    (ok(r[key]) ? r[key] : DEFAULT_SETTINGS[key]) as StoredSettings[K];
  const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  const settings = {
    mode: pick('mode', (v) => v === 'sandbox' || v === 'live'),
    clientId: pick('clientId', (v) => typeof v === 'string'),
    secret: pick('secret', (v) => typeof v === 'string'),
    baseUrl: pick('baseUrl', (v) => typeof v === 'string'),
    timeoutSeconds: pick('timeoutSeconds', isNum),
    pollIntervalSeconds: pick('pollIntervalSeconds', isNum),
    notifications: pick('notifications', (v) => typeof v === 'boolean'),
    sound: pick('sound', (v) => typeof v === 'boolean'),
    customerLanguage: pick('customerLanguage', (v) => (CUSTOMER_LANGUAGES as readonly unknown[]).includes(v)),
    secretFor: typeof r.secretFor === 'string' ? r.secretFor : '',
    vault: asSealedSecret(r.vault),
  };
  // With a passphrase the secret exists only sealed; a plaintext copy beside it is never used.
  if (settings.vault) settings.secret = '';
  // Saved before secrets were bound: the secret was saved together with this mode and URL.
  if ((settings.secret !== '' || settings.vault) && typeof r.secretFor !== 'string') settings.secretFor = secretBinding(settings);
  return settings;
}

/** Normalizes a base URL to origin + path without trailing slashes; '' stays ''. */
export function normalizeBaseUrl(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const url = new URL(trimmed);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export function effectiveBaseUrl(settings: Pick<StoredSettings, 'mode' | 'baseUrl'>): string {
  return settings.baseUrl || HOSTS[settings.mode];
}

/** The stored secret as far as a form may reuse it. */
export type SecretOnFile = Pick<StoredSettings, 'secret' | 'secretFor'>;

export const NO_SECRET: SecretOnFile = Object.freeze({ secret: '', secretFor: '' });

/** Whether a blank secret in `form` may keep the stored one: only for the mode and origin it was saved for. */
export function keepsStoredSecret(form: { mode: Mode; baseUrl: string }, stored: SecretOnFile): boolean {
  return stored.secret !== '' && stored.secretFor !== '' && stored.secretFor === secretBinding(form);
}

/**
 * Checks a submitted form. Returns the issues, one per invalid field, named as
 * `SettingsForm` names them. A blank secret keeps the stored one, but only for the
 * mode and origin it was saved for.
 */
export function validateSettingsForm(form: unknown, stored: SecretOnFile): FieldIssue[] {
  const f = isRecord(form) ? form : {};
  const issues: FieldIssue[] = [];
  if (f.mode !== 'sandbox' && f.mode !== 'live') issues.push(fieldIssue('mode', problem('settings_choose_mode')));

  const clientId = typeof f.clientId === 'string' ? f.clientId.trim() : '';
  if (typeof f.clientId !== 'string' || clientId === '') issues.push(fieldIssue('clientId', problem('settings_enter_client_id')));
  else if (clientId.length > LIMITS.clientIdMax) issues.push(fieldIssue('clientId', tooLong(LIMITS.clientIdMax)));
  else if (clientId.includes(':')) issues.push(fieldIssue('clientId', problem('settings_client_id_colon')));

  if (typeof f.secret !== 'string') issues.push(fieldIssue('secret', problem('settings_enter_secret')));
  else if (f.secret === '' && stored.secret === '') issues.push(fieldIssue('secret', problem('settings_enter_secret')));
  else if (f.secret === '' && (f.mode === 'sandbox' || f.mode === 'live') && typeof f.baseUrl === 'string' && !keepsStoredSecret({ mode: f.mode, baseUrl: f.baseUrl }, stored)) {
    issues.push(fieldIssue('secret', secretBoundElsewhere(stored.secretFor)));
  }
  else if (f.secret.length > LIMITS.secretMax) issues.push(fieldIssue('secret', tooLong(LIMITS.secretMax)));

  if (typeof f.baseUrl !== 'string') issues.push(fieldIssue('baseUrl', problem('settings_enter_url')));
  else if (f.baseUrl.trim() !== '') {
    const why = baseUrlProblem(f.baseUrl.trim(), f.mode === 'live' ? 'live' : 'sandbox');
    if (why) issues.push(fieldIssue('baseUrl', why));
  }

  const range = (key: 'timeoutSeconds' | 'pollIntervalSeconds') => {
    const { min, max } = LIMITS[key];
    const v = f[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      issues.push(fieldIssue(key, problem('settings_seconds_range', min, max)));
    }
  };
  range('timeoutSeconds');
  range('pollIntervalSeconds');

  if (typeof f.notifications !== 'boolean') issues.push(fieldIssue('notifications', problem('settings_notifications_choice')));
  if (f.sound !== undefined && typeof f.sound !== 'boolean') issues.push(fieldIssue('sound', problem('settings_sound_choice')));
  if (f.customerLanguage !== undefined && !(CUSTOMER_LANGUAGES as readonly unknown[]).includes(f.customerLanguage)) {
    issues.push(fieldIssue('customerLanguage', problem('settings_customer_language_choice')));
  }
  return issues;
}

function secretBoundElsewhere(binding: string): Problem {
  const [mode = ''] = binding.split('|');
  const origin = bindingOrigin(binding);
  return problem(mode === 'live' ? 'settings_secret_bound_live' : 'settings_secret_bound_sandbox', origin);
}

function baseUrlProblem(value: string, mode: Mode): Problem | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return problem('settings_url_invalid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem('settings_url_scheme');
  if (url.username || url.password) return problem('settings_url_credentials');
  if (url.search || url.hash) return problem('settings_url_query');
  if (insecureForLive(mode, value)) {
    return problem('settings_url_live_https');
  }
  return null;
}

/** Throws `invalid_settings` naming each bad field, or returns the settings to store. */
export function applyForm(form: SettingsForm, stored: StoredSettings): StoredSettings {
  const issues = validateSettingsForm(form, stored);
  if (issues.length > 0) {
    throw new AppError('invalid_settings', text('error_invalid_settings'), issues);
  }
  const next = {
    mode: form.mode,
    clientId: form.clientId.trim(),
    secret: form.secret === '' ? stored.secret : form.secret,
    baseUrl: normalizeBaseUrl(form.baseUrl),
    timeoutSeconds: form.timeoutSeconds,
    pollIntervalSeconds: form.pollIntervalSeconds,
    notifications: form.notifications,
    sound: form.sound ?? stored.sound,
    customerLanguage: form.customerLanguage ?? stored.customerLanguage,
  };
  return { ...next, secretFor: secretBinding(next), vault: stored.vault };
}

/** A passphrase is set and the secret is not unlocked in this browser session. */
export function isLocked(s: Pick<StoredSettings, 'vault' | 'secret'>): boolean {
  return s.vault !== null && s.secret === '';
}

/** Whether the stored secret may be sent to the stored mode and URL (false after tampering with storage). */
export function secretUsable(s: StoredSettings): boolean {
  return keepsStoredSecret(s, s);
}

export async function toPublic(s: StoredSettings): Promise<PublicSettings> {
  return {
    mode: s.mode,
    clientId: s.clientId,
    hasSecret: s.secret !== '',
    secretFingerprint: await secretFingerprint(s.clientId, s.secret),
    vault: s.vault === null ? 'off' : isLocked(s) ? 'locked' : 'unlocked',
    baseUrl: s.baseUrl,
    effectiveBaseUrl: effectiveBaseUrl(s),
    timeoutSeconds: s.timeoutSeconds,
    pollIntervalSeconds: s.pollIntervalSeconds,
    notifications: s.notifications,
    sound: s.sound,
    customerLanguage: s.customerLanguage,
    configured: s.clientId !== '' && (s.secret !== '' || s.vault !== null),
  };
}

/** Seconds between background refreshes, or null while no credentials are saved. */
export function pollInterval(s: StoredSettings): number | null {
  return s.clientId && s.secret ? s.pollIntervalSeconds : null;
}

/** The account these settings reach (see src/shared/account.ts). */
export function accountKey(s: StoredSettings): string {
  return keyOfAccount({ mode: s.mode, effectiveBaseUrl: effectiveBaseUrl(s), clientId: s.clientId });
}

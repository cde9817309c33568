/**
 * Settings and credentials: one object in `storage.local` under one key (the item is
 * in storage-items.ts). The
 * secret stays here, bound to the mode and origin it was saved for; pages get
 * `PublicSettings` (whether a secret is set and its fingerprint), never the
 * secret itself nor any character of it.
 */
import { HOSTS, type Mode } from '../../sdk';
import type { PublicSettings, SettingsForm } from '../../messaging/protocol';
import type { FieldIssue } from '../../messaging/result';
import { accountKey as keyOfAccount } from '../../shared/account';
import { checkSettingsForm, normalizeSettings, publicValues, SETTINGS_DEFAULTS, settingsFromForm, settingsProblem, type SettingsProblem, type SettingsValues } from '../../shared/settings-schema';
import { AppError } from '../platform/errors';
import { text } from '../../shared/local-text';
import { englishText } from '../../shared/english';
import { bindingOrigin, secretBinding, secretFingerprint } from './secret-binding';
import { asSealedSecret, type SealedSecret } from '../vault/sealed-secret';

export { normalizeBaseUrl } from '../../shared/settings-schema';

export const SETTINGS_KEY = 'settings';

/**
 * The settings as kept in storage (see src/shared/settings-schema.ts), where `secret` is the
 * secret itself (never blank-means-keep), and `secretFor` the `mode|origin` it may be sent to
 * ('' without a secret).
 */
export type StoredSettings = SettingsValues & {
  secretFor: string;
  /** The secret sealed under a passphrase; when set, `secret` is never written to storage. */
  vault: SealedSecret | null;
};

export const DEFAULT_SETTINGS: Readonly<StoredSettings> = Object.freeze({ ...SETTINGS_DEFAULTS, secretFor: '', vault: null });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads whatever is stored, falling back to defaults field by field (a damaged value never crashes). */
export function normalizeStored(raw: unknown): StoredSettings {
  const r = isRecord(raw) ? raw : {};
  const settings = { ...normalizeSettings(r), secretFor: typeof r.secretFor === 'string' ? r.secretFor : '', vault: asSealedSecret(r.vault) };
  // With a passphrase the secret exists only sealed; a plaintext copy beside it is never used.
  if (settings.vault) settings.secret = '';
  // Saved before secrets were bound: the secret was saved together with this mode and URL.
  if ((settings.secret !== '' || settings.vault) && typeof r.secretFor !== 'string') settings.secretFor = secretBinding(settings);
  return settings;
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
  const issues = checkSettingsForm(form, {
    hasSavedSecret: stored.secret !== '',
    savedSecretRefused: (target) => (keepsStoredSecret(target, stored) ? null : secretBoundElsewhere(stored.secretFor)),
  });
  return issues.map((issue) => ({ ...issue, message: englishText(issue.text) }));
}

function secretBoundElsewhere(binding: string): SettingsProblem {
  const [mode = ''] = binding.split('|');
  const origin = bindingOrigin(binding);
  return mode === 'live' ? settingsProblem('settings_secret_bound_live', origin) : settingsProblem('settings_secret_bound_sandbox', origin);
}

/** Throws `invalid_settings` naming each bad field, or returns the settings to store. */
export function applyForm(form: SettingsForm, stored: StoredSettings): StoredSettings {
  const issues = validateSettingsForm(form, stored);
  if (issues.length > 0) {
    throw new AppError('invalid_settings', text('error_invalid_settings'), issues);
  }
  const next = settingsFromForm(form, stored);
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
    ...publicValues(s),
    hasSecret: s.secret !== '',
    secretFingerprint: await secretFingerprint(s.clientId, s.secret),
    vault: s.vault === null ? 'off' : isLocked(s) ? 'locked' : 'unlocked',
    effectiveBaseUrl: effectiveBaseUrl(s),
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

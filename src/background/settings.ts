/**
 * Settings and credentials: one object in `storage.local` under one key. The
 * secret stays here; pages get `PublicSettings` (whether a secret is set and its
 * last four characters), never the secret itself.
 */
import { HOSTS } from '../sdk';
import type { PublicSettings, SettingsForm } from '../messaging/protocol';
import type { FieldIssue } from '../messaging/result';
import { accountKey as keyOfAccount } from '../shared/account';
import { SETTINGS_LIMITS as LIMITS } from '../shared/limits';
import { AppError } from './errors';

export const SETTINGS_KEY = 'settings';

/** The form's fields as kept in storage, where `secret` is the secret itself (never blank-means-keep). */
export type StoredSettings = SettingsForm;

export const DEFAULT_SETTINGS: Readonly<StoredSettings> = Object.freeze({
  mode: 'sandbox',
  clientId: '',
  secret: '',
  baseUrl: '',
  timeoutSeconds: 10,
  pollIntervalSeconds: 30,
  notifications: true,
});

/** The minimal storage area this module needs (browser.storage.local fits). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads whatever is stored, falling back to defaults field by field (a damaged value never crashes). */
export function normalizeStored(raw: unknown): StoredSettings {
  const r = isRecord(raw) ? raw : {};
  const pick = <K extends keyof StoredSettings>(key: K, ok: (v: unknown) => boolean): StoredSettings[K] =>
    (ok(r[key]) ? r[key] : DEFAULT_SETTINGS[key]) as StoredSettings[K];
  const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  return {
    mode: pick('mode', (v) => v === 'sandbox' || v === 'live'),
    clientId: pick('clientId', (v) => typeof v === 'string'),
    secret: pick('secret', (v) => typeof v === 'string'),
    baseUrl: pick('baseUrl', (v) => typeof v === 'string'),
    timeoutSeconds: pick('timeoutSeconds', isNum),
    pollIntervalSeconds: pick('pollIntervalSeconds', isNum),
    notifications: pick('notifications', (v) => typeof v === 'boolean'),
  };
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

/**
 * Checks a submitted form. Returns the issues, one per invalid field, named as
 * `SettingsForm` names them. `hasStoredSecret` lets a blank secret keep the stored one.
 */
export function validateSettingsForm(form: unknown, hasStoredSecret: boolean): FieldIssue[] {
  const f = isRecord(form) ? form : {};
  const issues: FieldIssue[] = [];
  if (f.mode !== 'sandbox' && f.mode !== 'live') issues.push({ field: 'mode', message: 'Choose Sandbox or Live.' });

  const clientId = typeof f.clientId === 'string' ? f.clientId.trim() : '';
  if (typeof f.clientId !== 'string' || clientId === '') issues.push({ field: 'clientId', message: 'Enter the client ID.' });
  else if (clientId.length > LIMITS.clientIdMax) issues.push({ field: 'clientId', message: `At most ${LIMITS.clientIdMax} characters.` });
  else if (clientId.includes(':')) issues.push({ field: 'clientId', message: 'A client ID cannot contain “:”.' });

  if (typeof f.secret !== 'string') issues.push({ field: 'secret', message: 'Enter the secret.' });
  else if (f.secret === '' && !hasStoredSecret) issues.push({ field: 'secret', message: 'Enter the secret.' });
  else if (f.secret.length > LIMITS.secretMax) issues.push({ field: 'secret', message: `At most ${LIMITS.secretMax} characters.` });

  if (typeof f.baseUrl !== 'string') issues.push({ field: 'baseUrl', message: 'Enter a URL or leave it blank.' });
  else if (f.baseUrl.trim() !== '') {
    const problem = baseUrlProblem(f.baseUrl.trim());
    if (problem) issues.push({ field: 'baseUrl', message: problem });
  }

  const range = (key: 'timeoutSeconds' | 'pollIntervalSeconds') => {
    const { min, max } = LIMITS[key];
    const v = f[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      issues.push({ field: key, message: `Enter a number of seconds from ${min} to ${max}.` });
    }
  };
  range('timeoutSeconds');
  range('pollIntervalSeconds');

  if (typeof f.notifications !== 'boolean') issues.push({ field: 'notifications', message: 'Turn notifications on or off.' });
  return issues;
}

function baseUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full URL such as https://api.example.com, or leave it blank.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Only http:// and https:// URLs are allowed.';
  if (url.username || url.password) return 'The URL must not contain a user name or password.';
  if (url.search || url.hash) return 'The URL must not contain a query (?) or fragment (#).';
  return null;
}

/** Throws `invalid_settings` naming each bad field, or returns the settings to store. */
export function applyForm(form: SettingsForm, stored: StoredSettings): StoredSettings {
  const issues = validateSettingsForm(form, stored.secret !== '');
  if (issues.length > 0) {
    throw new AppError('invalid_settings', `Please correct: ${issues.map((i) => i.field).join(', ')}.`, issues);
  }
  return {
    mode: form.mode,
    clientId: form.clientId.trim(),
    secret: form.secret === '' ? stored.secret : form.secret,
    baseUrl: normalizeBaseUrl(form.baseUrl),
    timeoutSeconds: form.timeoutSeconds,
    pollIntervalSeconds: form.pollIntervalSeconds,
    notifications: form.notifications,
  };
}

export function toPublic(s: StoredSettings): PublicSettings {
  return {
    mode: s.mode,
    clientId: s.clientId,
    hasSecret: s.secret !== '',
    // Only a long secret shows its tail; a short one would be nearly given away.
    secretLast4: s.secret.length >= 8 ? s.secret.slice(-4) : null,
    baseUrl: s.baseUrl,
    effectiveBaseUrl: effectiveBaseUrl(s),
    timeoutSeconds: s.timeoutSeconds,
    pollIntervalSeconds: s.pollIntervalSeconds,
    notifications: s.notifications,
    configured: s.clientId !== '' && s.secret !== '',
  };
}

/** The account these settings reach (see src/shared/account.ts). */
export function accountKey(s: StoredSettings): string {
  return keyOfAccount({ mode: s.mode, effectiveBaseUrl: effectiveBaseUrl(s), clientId: s.clientId });
}

/** Reads and writes the settings object; caches it in memory between calls. */
export class SettingsStore {
  readonly #area: KeyValueArea;
  #cached: Promise<StoredSettings> | undefined;

  constructor(area: KeyValueArea) {
    this.#area = area;
  }

  load(): Promise<StoredSettings> {
    this.#cached ??= this.#area.get(SETTINGS_KEY).then(
      (items) => normalizeStored(items[SETTINGS_KEY]),
      (error: unknown) => {
        this.#cached = undefined;
        throw error;
      },
    );
    return this.#cached;
  }

  async save(next: StoredSettings): Promise<void> {
    await this.#area.set({ [SETTINGS_KEY]: next });
    this.#cached = Promise.resolve(next);
  }

  /** Forgets the memory copy (storage changed elsewhere). */
  invalidate(): void {
    this.#cached = undefined;
  }
}

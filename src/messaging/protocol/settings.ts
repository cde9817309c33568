/** The options page's messages: settings as pages see them, save and test. */
import type { Mode } from '../../sdk';

/** What the options form submits. A blank secret keeps the stored one. */
export interface SettingsForm {
  mode: Mode;
  clientId: string;
  secret: string;
  /** Blank means the mode's own host. */
  baseUrl: string;
  timeoutSeconds: number;
  pollIntervalSeconds: number;
  notifications: boolean;
  /** A sound on this computer when an order made here is paid (another when it expires or fails). Absent keeps the saved choice. */
  sound?: boolean;
  /** The language of the customer display; 'auto' is the till's own UI language. Absent keeps the saved choice. */
  customerLanguage?: CustomerLanguage;
}

/** Languages the customer display can speak: those of `_locales`, or the till's own. */
export const CUSTOMER_LANGUAGES = ['auto', 'en', 'it'] as const;
export type CustomerLanguage = (typeof CUSTOMER_LANGUAGES)[number];

export type VaultState = 'off' | 'locked' | 'unlocked';

/** A save may also seal the secret under a new passphrase, in the same write. */
export type SettingsSave = SettingsForm & { passphrase?: string };

/** Settings as pages may see them: the secret itself never leaves the worker. */
export interface PublicSettings {
  mode: Mode;
  clientId: string;
  hasSecret: boolean;
  /** First 8 hex of SHA-256(`clientId:secret`): tells two secrets apart without showing either. */
  secretFingerprint: string | null;
  /** Whether the secret is sealed under a passphrase, and whether it is open in this browser session. */
  vault: VaultState;
  baseUrl: string;
  effectiveBaseUrl: string;
  timeoutSeconds: number;
  pollIntervalSeconds: number;
  notifications: boolean;
  sound: boolean;
  customerLanguage: CustomerLanguage;
  /** Client id and secret are both set. */
  configured: boolean;
}

export interface ConnectionReport {
  mode: Mode;
  host: string;
  baseUrl: string;
  tokenExpiresInSeconds: number;
}

export interface SettingsMessages {
  'settings.get': { request: null; response: PublicSettings };
  'settings.save': { request: SettingsSave; response: PublicSettings };
  'settings.test': { request: SettingsForm; response: ConnectionReport };
}

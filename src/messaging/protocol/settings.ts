/** The options page's messages: settings as pages see them, save and test. */
import type { Mode } from '../../sdk';
import type { PublicValues, SettingsForm } from '../../shared/settings-schema';

/** What the options form submits (a blank secret keeps the stored one) and the customer display's languages: see the settings schema. */
export type { CustomerLanguage, SettingsForm } from '../../shared/settings-schema';

export type VaultState = 'off' | 'locked' | 'unlocked';

/** A save may also seal the secret under a new passphrase, in the same write. */
export type SettingsSave = SettingsForm & { passphrase?: string };

/** Settings as pages may see them: the secret itself never leaves the worker. */
export interface PublicSettings extends PublicValues {
  hasSecret: boolean;
  /** First 8 hex of SHA-256(`clientId:secret`): tells two secrets apart without showing either. */
  secretFingerprint: string | null;
  /** Whether the secret is sealed under a passphrase, and whether it is open in this browser session. */
  vault: VaultState;
  effectiveBaseUrl: string;
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

import type { SettingsSave } from '../../messaging/protocol';
import { AppError, fieldIssue, problem } from '../platform/errors';
import type { StoredSettings } from '../settings/settings';
import { passphraseProblem } from './sealed-secret';

/**
 * The passphrase a settings save asks to seal the secret under, or undefined for none.
 * Only offered while no passphrase is set; changing one goes through `vault.change`.
 */
export function newPassphrase(form: SettingsSave | null | undefined, stored: Pick<StoredSettings, 'vault'>): string | undefined {
  const value: unknown = form?.passphrase;
  if (value === undefined || value === null || value === '') return undefined;
  const why = stored.vault ? problem('vault_already_set') : passphraseProblem(value);
  if (why) throw new AppError('invalid_settings', why.text, [fieldIssue('passphrase', why)]);
  return value as string;
}

import type { SettingsSave } from '../../messaging/protocol';
import { AppError } from '../errors';
import type { StoredSettings } from '../settings';
import { passphraseProblem } from './sealed-secret';

/**
 * The passphrase a settings save asks to seal the secret under, or undefined for none.
 * Only offered while no passphrase is set; changing one goes through `vault.change`.
 */
export function newPassphrase(form: SettingsSave | null | undefined, stored: Pick<StoredSettings, 'vault'>): string | undefined {
  const value: unknown = form?.passphrase;
  if (value === undefined || value === null || value === '') return undefined;
  const problem = stored.vault ? 'A passphrase is already set: use Change passphrase instead.' : passphraseProblem(value);
  if (problem) throw new AppError('invalid_settings', `Please correct: passphrase. ${problem}`, [{ field: 'passphrase', message: problem }]);
  return value as string;
}

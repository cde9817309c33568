/** The manager PIN item with the policy over it: a PIN hash in the policy wins, and cannot be changed at the till. */
import { AppError } from '../platform/errors';
import type { StoredItem } from '../platform/storage-items';
import type { PinRecord } from '../roles/pin';
import { text } from '../../shared/local-text';
import { SETTINGS_DEFAULTS } from '../../shared/settings-schema';
import { resolvePolicy } from './managed-policy';
import type { PolicySource } from './policy-source';

export function managedPinItem(local: StoredItem<PinRecord | null>, source: Pick<PolicySource, 'read'>): StoredItem<PinRecord | null> {
  // The PIN does not depend on the till's settings: the defaults stand in for them.
  const managedPin = async () => resolvePolicy(await source.read(), SETTINGS_DEFAULTS).pin;
  const refuseWhenManaged = async () => {
    if (await managedPin()) throw new AppError('validation', text('policy_pin_managed'));
  };
  return {
    getValue: async () => (await managedPin()) ?? local.getValue(),
    setValue: async (record) => (await refuseWhenManaged(), await local.setValue(record)),
    removeValue: async () => (await refuseWhenManaged(), await local.removeValue()),
  };
}

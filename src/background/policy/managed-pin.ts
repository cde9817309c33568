/** The manager PIN item with the policy over it: a PIN hash in the policy wins, and cannot be changed at the till. */
import { AppError } from '../platform/errors';
import type { StoredItem } from '../platform/storage-items';
import type { PinRecord } from '../roles/pin';
import { text } from '../../shared/local-text';
import type { PolicySettingsStore } from './policy-settings-store';

export function managedPinItem(local: StoredItem<PinRecord | null>, settings: Pick<PolicySettingsStore, 'policy'>): StoredItem<PinRecord | null> {
  const refuseWhenManaged = async () => {
    if ((await settings.policy()).pinManaged) throw new AppError('validation', text('policy_pin_managed'));
  };
  return {
    getValue: async () => (await settings.policy()).pin ?? local.getValue(),
    setValue: async (record) => (await refuseWhenManaged(), await local.setValue(record)),
    removeValue: async () => (await refuseWhenManaged(), await local.removeValue()),
  };
}

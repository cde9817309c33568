/**
 * The manager PIN item with the policy over it: a PIN hash in the policy wins, and cannot be
 * changed at the till; with `lockSettings` the till's own PIN cannot be set, changed or removed
 * either (it decides who may do what here, so it is a setting like any other).
 */
import { AppError } from '../platform/errors';
import type { StoredItem } from '../platform/storage-items';
import type { PinRecord } from '../roles/pin';
import { text } from '../../shared/local-text';
import { SETTINGS_DEFAULTS } from '../../shared/settings-schema';
import { resolvePolicy } from './managed-policy';
import type { PolicySource } from './policy-source';

export function managedPinItem(local: StoredItem<PinRecord | null>, source: Pick<PolicySource, 'read'>): StoredItem<PinRecord | null> {
  // The PIN does not depend on the till's settings: the defaults stand in for them.
  const policy = async () => resolvePolicy(await source.read(), SETTINGS_DEFAULTS);
  const refuseWhenManaged = async () => {
    const { pin, locked } = await policy();
    if (pin) throw new AppError('validation', text('policy_pin_managed'));
    if (locked) throw new AppError('validation', text('policy_pin_locked'));
  };
  return {
    getValue: async () => (await policy()).pin ?? local.getValue(),
    setValue: async (record) => (await refuseWhenManaged(), await local.setValue(record)),
    removeValue: async () => (await refuseWhenManaged(), await local.removeValue()),
  };
}

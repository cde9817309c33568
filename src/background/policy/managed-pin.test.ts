import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors';
import { storageForTest } from '../platform/storage.test-util';
import { hashPin } from '../roles/pin';
import { managedPinItem } from './managed-pin';
import { pinHashLine } from './managed-policy';

const policyOf = (raw: Record<string, unknown>) => ({ read: async (): Promise<unknown> => raw });
const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => 'done',
    (e: unknown) => (e instanceof AppError ? e.message : String(e)),
  );

describe('managedPinItem', () => {
  it('without a policy, the till sets, changes and removes its own PIN', async () => {
    const { items } = storageForTest();
    const pin = managedPinItem(items.managerPin, policyOf({}));
    const record = await hashPin('2468');
    await pin.setValue(record);
    expect(await pin.getValue()).toEqual(record);
    await pin.removeValue();
    expect(await pin.getValue()).toBeNull();
  });

  it('with lockSettings, the till’s own PIN can be neither set, nor changed, nor removed', async () => {
    const { items } = storageForTest();
    const own = await hashPin('2468');
    await items.managerPin.setValue(own);
    const pin = managedPinItem(items.managerPin, policyOf({ lockSettings: true }));
    const locked = 'Your organisation has locked the settings on this till: the manager PIN cannot be set, changed or removed here.';
    expect(await refusal(pin.setValue(await hashPin('1357')))).toBe(locked);
    expect(await refusal(pin.removeValue())).toBe(locked);
    expect(await pin.getValue()).toEqual(own);
  });

  it('a PIN in the policy wins over the till’s and cannot be replaced there', async () => {
    const { items } = storageForTest();
    const managed = await hashPin('9753');
    await items.managerPin.setValue(await hashPin('2468'));
    const pin = managedPinItem(items.managerPin, policyOf({ managerPinHash: pinHashLine(managed) }));
    expect(await pin.getValue()).toEqual(managed);
    expect(await refusal(pin.removeValue())).toBe('Your organisation sets the manager PIN on this till.');
  });
});

/** Who is at the till this shift, and the tags each order made here carries. */
import type { PaymentOrderCreation } from '../../sdk';
import type { TillMessages } from '../../messaging/protocol';
import type { Handler, HandlersFor } from '../../messaging/router';
import { tagValue } from '../../messaging/order-tags';
import type { SettingsValues } from '../../shared/settings-schema';
import { text } from '../../shared/local-text';
import { AppError, fieldIssue, problem } from '../platform/errors';
import type { StoredItem } from '../platform/storage-items';
import type { RoleTable } from '../roles/rules';
import { tagOrder } from './tag-order';

type TillSettings = Pick<SettingsValues, 'tillName' | 'tillNameRequired' | 'cashiers' | 'cashierFreeText'>;

export interface TillDeps {
  settings: () => Promise<TillSettings>;
  /** `session:cashier`: survives a popup close, ends with a lock or the browser. */
  cashier: StoredItem<string | null>;
}

/** A cashier picks their own name: no PIN for it (the manager's list bounds what they may pick). */
export const tillRules = {
  'till.cashier.get': 'anyone',
  'till.cashier.set': 'anyone',
} satisfies RoleTable<keyof TillMessages>;

async function currentCashier(item: StoredItem<string | null>): Promise<string | null> {
  const name: unknown = await item.getValue();
  return typeof name === 'string' && name !== '' ? name : null;
}

function nameOf(payload: unknown): string | null {
  const name = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).name : undefined;
  if (name === null || name === undefined) return null;
  if (typeof name !== 'string') throw new AppError('validation', text('error_bad_request'));
  return tagValue(name) || null;
}

const offered = (settings: TillSettings) => settings.cashiers.length > 0 || settings.cashierFreeText;

export function createTillHandlers(deps: TillDeps): HandlersFor<keyof TillMessages> {
  return {
    'till.cashier.get': async () => ({ name: await currentCashier(deps.cashier), offered: offered(await deps.settings()) }),
    'till.cashier.set': async (payload) => {
      const name = nameOf(payload);
      const settings = await deps.settings();
      if (name === null) {
        await deps.cashier.removeValue();
        return { name: null, offered: offered(settings) };
      }
      if (!settings.cashiers.includes(name) && !settings.cashierFreeText) {
        const why = problem('till_cashier_not_listed');
        throw new AppError('validation', why.text, [fieldIssue('name', why)]);
      }
      await deps.cashier.setValue(name);
      return { name, offered: offered(settings) };
    },
  };
}

/** The order as it goes to WebPOS: refused without a till name when the manager requires one, else tagged. */
export function tillTagger(deps: TillDeps): (order: PaymentOrderCreation) => Promise<PaymentOrderCreation> {
  return async (order) => {
    const settings = await deps.settings();
    if (settings.tillNameRequired && settings.tillName.trim() === '') {
      throw new AppError('till_name_missing', text('till_name_missing'));
    }
    return tagOrder(order, { tillName: settings.tillName, cashier: await currentCashier(deps.cashier) });
  };
}

/** A lock ends the shift: the lock handlers, each also forgetting the cashier. */
export function endingShiftOnLock(
  locks: { 'role.drop': Handler<'role.drop'>; 'vault.lock': Handler<'vault.lock'> },
  cashier: StoredItem<string | null>,
): { 'role.drop': Handler<'role.drop'>; 'vault.lock': Handler<'vault.lock'> } {
  const thenForget = <T>(run: () => Promise<T>) => async () => {
    const result = await run();
    await cashier.removeValue();
    return result;
  };
  return {
    'role.drop': (payload) => thenForget(() => locks['role.drop'](payload))(),
    'vault.lock': (payload) => thenForget(() => locks['vault.lock'](payload))(),
  };
}

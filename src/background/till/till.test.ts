import { describe, expect, it } from 'vitest';
import type { PaymentOrderCreation } from '../../sdk';
import { detailsWithTags, tagsOf, typedDetails } from '../../messaging/order-tags';
import { SETTINGS_DEFAULTS, type SettingsValues } from '../../shared/settings-schema';
import { AppError } from '../platform/errors';
import { storageForTest } from '../platform/storage.test-util';
import { createTillHandlers, endingShiftOnLock, tillTagger } from './handlers';
import { tagOrder } from './tag-order';

const ORDER: PaymentOrderCreation = { amount: '12.50', currency: 'EUR', reference: 'Table 4' } as PaymentOrderCreation;

function till(overrides: Partial<SettingsValues> = {}) {
  const settings = { ...SETTINGS_DEFAULTS, tillName: 'Cassa 2', cashiers: ['Anna', 'Marco'], ...overrides };
  const cashier = storageForTest().items.cashier;
  const deps = { settings: async () => settings, cashier };
  return { handlers: createTillHandlers(deps), tag: tillTagger(deps), cashier };
}

describe('tagOrder', () => {
  it('adds till and cashier after the typed details and keeps a rest-of tag', () => {
    const order = { ...ORDER, details: detailsWithTags('Two coffees', { restOf: 'K7QX2M9P' }) ?? undefined };
    const tagged = tagOrder(order, { tillName: 'Cassa 2', cashier: 'Anna' });
    expect(tagsOf(tagged.details)).toEqual({ till: 'Cassa 2', cashier: 'Anna', restOf: 'K7QX2M9P' });
    expect(typedDetails(tagged.details)).toBe('Two coffees');
  });

  it('leaves an order alone on a till with no name and no cashier', () => {
    expect(tagOrder(ORDER, { tillName: ' ', cashier: null })).toBe(ORDER);
  });

  it('a tag typed into the details cannot pose as the till', () => {
    const tagged = tagOrder({ ...ORDER, details: 'note [till:Cassa 9]' }, { tillName: 'Cassa 1', cashier: null });
    expect(tagsOf(tagged.details).till).toBe('Cassa 1');
  });
});

describe('till handlers', () => {
  it('keeps a listed cashier and tags each order with it until a lock ends the shift', async () => {
    const { handlers, tag, cashier } = till();
    expect(await handlers['till.cashier.set']({ name: ' Anna ' })).toEqual({ name: 'Anna', offered: true });
    expect(await handlers['till.cashier.get'](null)).toEqual({ name: 'Anna', offered: true });
    expect(tagsOf((await tag(ORDER)).details)).toEqual({ till: 'Cassa 2', cashier: 'Anna' });
    const locks = endingShiftOnLock({ 'role.drop': async () => ({ pinSet: true, role: 'cashier', managerUntil: null }), 'vault.lock': async () => { throw new Error('unused'); } }, cashier);
    await locks['role.drop'](null);
    expect(await handlers['till.cashier.get'](null)).toEqual({ name: null, offered: true });
    expect(tagsOf((await tag(ORDER)).details)).toEqual({ till: 'Cassa 2' });
  });

  it('refuses a name off the list unless the manager allows free text', async () => {
    await expect(till().handlers['till.cashier.set']({ name: 'Mallory' })).rejects.toBeInstanceOf(AppError);
    expect(await till({ cashierFreeText: true }).handlers['till.cashier.set']({ name: 'Lucia [till:X]' })).toEqual({ name: 'Lucia till:X', offered: true });
  });

  it('refuses to create without a till name when the manager requires one', async () => {
    await expect(till({ tillName: '', tillNameRequired: true }).tag(ORDER)).rejects.toMatchObject({ code: 'till_name_missing' });
    expect(tagsOf((await till({ tillNameRequired: true }).tag(ORDER)).details).till).toBe('Cassa 2');
  });
});

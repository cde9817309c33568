import { describe, expect, it } from 'vitest';
import type { PaymentOrderList, PaymentOrderRetrieval } from '../../sdk';
import { detailsWithTags } from '../../messaging/order-tags';
import type { DayReport } from '../../messaging/protocol';
import type { ApiClient, ApiRunner } from '../platform/api-runner';
import type { RoleContext } from '../roles/rules';
import { createDayHandlers, dayRules } from './handlers';

const start = Date.parse('2026-12-06T00:00:00Z');
const end = start + 86_400_000;

function order(till: string | null, amount: string): PaymentOrderRetrieval {
  return {
    uuid: crypto.randomUUID(), amount, btc_amount: 1000, created_at: new Date(start + 3_600_000).toISOString(), reference: null,
    details: till ? detailsWithTags(null, { till }) : null, currency: { name: 'EUR' }, expiration_time: new Date(end).toISOString(),
    state: { status: 'paid', blockchain_status: 'paid', paid: { crypto: 1000, fiat: amount }, in_confirmation: null, unpaid: null },
  } as unknown as PaymentOrderRetrieval;
}

const orders = [order('Cassa 1', '1.00'), order('Cassa 2', '2.00'), order(null, '4.00')];
const api: ApiRunner = (call) => call({
  getPaymentOrders: async () => ({ paymentorders: orders, total_items: 3, total_pages: 1 }) satisfies PaymentOrderList,
} as unknown as ApiClient);

function handlers(thisTill: string | null, serverOffsetMs = 0) {
  return createDayHandlers({ api, thisTill: async () => thisTill, createdHere: async () => new Set(), ready: async () => undefined, push: () => undefined, serverOffsetMs: () => serverOffsetMs, sleep: async () => undefined });
}

const context = (manager: boolean) => ({ isManager: async () => manager }) as unknown as RoleContext;

async function readAs(manager: boolean, thisTill: string | null, payload: unknown): Promise<DayReport> {
  const h = handlers(thisTill);
  return dayRules['day.read'](payload, (p) => h['day.read'](p as never), context(manager));
}

describe('day.read role rule', () => {
  it('gives the manager every till', async () => {
    const report = await readAs(true, 'Cassa 1', { jobId: 'j', start, end });
    expect(report.total.paidFiat).toBe('7.00');
    expect(report.onlyTill).toBeNull();
  });

  it('gives a cashier this till only, whatever the page sent', async () => {
    const report = await readAs(false, 'Cassa 1', { jobId: 'j', start, end, cashierView: false });
    expect(report.onlyTill).toBe('Cassa 1');
    expect(report.orders).toHaveLength(1);
    expect(report.total.paidFiat).toBe('1.00');
  });

  it('refuses a cashier on a till with no name', async () => {
    await expect(readAs(false, null, { jobId: 'j', start, end })).rejects.toMatchObject({ code: 'manager_only' });
  });

  it('refuses a day that is not a day', async () => {
    await expect(readAs(true, null, { jobId: 'j', start: end, end: start })).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('day.read and the server’s clock', () => {
  it('compares the orders’ server dates with the day on this till’s clock', async () => {
    // The orders were made at 01:00 on the server's clock; a server two hours ahead made them at 23:00 yesterday here.
    const report = await handlers(null, 2 * 3_600_000)['day.read']({ jobId: 'j', start, end });
    expect(report.orders).toHaveLength(0);
    const behind = await handlers(null, -2 * 3_600_000)['day.read']({ jobId: 'j', start, end });
    expect(behind.orders).toHaveLength(3);
  });
});

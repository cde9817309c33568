import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  BLOCKCHAIN_STATUSES,
  CallbackBodySchema,
  ORDER_STATUSES,
  PaymentOrderCreationSchema,
  PaymentOrderListSchema,
  PaymentOrderRetrievalSchema,
  validateGetPaymentOrdersQuery,
  validatePaymentOrderCreation,
} from './index';
import { paymentOrder } from './fixtures.test-util';

const rules = (input: unknown) => validatePaymentOrderCreation(input).map((i) => `${i.field}:${i.rule}`);

describe('validatePaymentOrderCreation (the same rules as createPaymentOrder)', () => {
  it('accepts valid orders', () => {
    expect(rules({ amount: '10.00' })).toEqual([]);
    expect(rules({ amount: '10' })).toEqual([]);
    expect(rules({ amount: '0.01' })).toEqual([]);
    expect(
      rules({
        amount: '1234.5',
        details: 'x'.repeat(300),
        reference: 'r',
        continue_url: 'https://shop.example/ok?x=1',
        cancel_url: 'https://shop.example/ko',
        callback_url: 'https://shop.example/cb',
        required_confirmations: 0,
      }),
    ).toEqual([]);
  });

  it('amount: required, a positive decimal string', () => {
    expect(rules({})).toEqual(['amount:required']);
    expect(rules({ amount: 10 })).toEqual(['amount:type']);
    for (const bad of ['', '10,00', '1e3', ' 10', '10.', '.5', '-5', '+5', '10.001', '01.00', 'NaN']) {
      expect(rules({ amount: bad }), bad).toEqual(['amount:decimal']);
    }
    expect(rules({ amount: '0' })).toEqual(['amount:positive']);
    expect(rules({ amount: '0.00' })).toEqual(['amount:positive']);
  });

  it('texts: at most 300 characters', () => {
    expect(rules({ amount: '1', details: 'x'.repeat(301), reference: 'x'.repeat(301) })).toEqual([
      'details:max_length',
      'reference:max_length',
    ]);
    expect(rules({ amount: '1', details: 5 })).toEqual(['details:type']);
  });

  it('URLs: https:// only, at most 300 characters', () => {
    for (const bad of ['http://shop.example', 'HTTPS//x', 'https://', 'https:// space.example', 'ftp://x', 'shop.example']) {
      expect(rules({ amount: '1', continue_url: bad }), bad).toEqual(['continue_url:https_url']);
    }
    expect(rules({ amount: '1', cancel_url: 'https://a.example/' + 'x'.repeat(300) })).toEqual(['cancel_url:max_length']);
    expect(rules({ amount: '1', callback_url: 'http://127.0.0.1/cb' })).toEqual(['callback_url:https_url']);
  });

  it('callback_url: loopback http in sandbox mode only', () => {
    const sandbox = (input: unknown) => validatePaymentOrderCreation(input, { mode: 'sandbox' }).map((i) => `${i.field}:${i.rule}`);
    const loopback = ['http://127.0.0.1:4242/webhooks', 'http://localhost:3000/cb?x=1', 'http://[::1]:8080/', 'http://LOCALHOST/cb', 'http://127.0.0.1'];
    for (const url of loopback) {
      expect(sandbox({ amount: '1', callback_url: url }), url).toEqual([]);
      expect(rules({ amount: '1', callback_url: url }), url).toEqual(['callback_url:https_url']);
      expect(validatePaymentOrderCreation({ amount: '1', callback_url: url }, { mode: 'live' })[0]?.message).toMatch(/sandbox mode only/);
    }
    for (const bad of ['http://127.0.0.2/cb', 'http://localhost.evil.example/cb', 'http://127.0.0.1@evil.example/', 'http://shop.example/cb', 'http://127.0.0.1:4242 /x']) {
      expect(sandbox({ amount: '1', callback_url: bad }), bad).toEqual(['callback_url:https_url']);
    }
    // Only the server-to-server callback: the customer's browser goes to continue/cancel URLs.
    expect(sandbox({ amount: '1', continue_url: 'http://127.0.0.1/ok' })).toEqual(['continue_url:https_url']);
    expect(sandbox({ amount: '1', callback_url: 'https://shop.example/cb' })).toEqual([]);
  });

  it('required_confirmations: an integer ≥ 0', () => {
    expect(rules({ amount: '1', required_confirmations: -1 })).toEqual(['required_confirmations:min']);
    expect(rules({ amount: '1', required_confirmations: 0.5 })).toEqual(['required_confirmations:integer']);
    expect(rules({ amount: '1', required_confirmations: '1' })).toEqual(['required_confirmations:type']);
  });

  it('reports every failing field at once, each with a message', () => {
    const issues = validatePaymentOrderCreation({ amount: 'x', details: 'y'.repeat(301), continue_url: 'http://a', required_confirmations: -2 });
    expect(issues.map((i) => i.field)).toEqual(['amount', 'details', 'continue_url', 'required_confirmations']);
    for (const i of issues) expect(i.message.length).toBeGreaterThan(0);
  });

  it('the exported schema enforces the same rules', () => {
    expect(v.safeParse(PaymentOrderCreationSchema, { amount: '0' }).success).toBe(false);
    expect(v.safeParse(PaymentOrderCreationSchema, { amount: '9.99' }).success).toBe(true);
  });
});

describe('validateGetPaymentOrdersQuery', () => {
  it('checks status, page, pageSize, sortBy and sortOrder', () => {
    expect(validateGetPaymentOrdersQuery({})).toEqual([]);
    for (const status of BLOCKCHAIN_STATUSES) expect(validateGetPaymentOrdersQuery({ status })).toEqual([]);
    expect(validateGetPaymentOrdersQuery({ pageSize: 40, page: 0, sortBy: 'created_at', sortOrder: 'desc' })).toEqual([]);
    const r = validateGetPaymentOrdersQuery({ status: 'paidd', page: 1.5, pageSize: 41, sortBy: 'x', sortOrder: 'y' });
    expect(r.map((i) => `${i.field}:${i.rule}`)).toEqual(['status:enum', 'page:integer', 'pageSize:max', 'sortBy:enum', 'sortOrder:enum']);
    expect(validateGetPaymentOrdersQuery({ pageSize: 0 }).map((i) => i.rule)).toEqual(['min']);
  });
});

describe('response schemas', () => {
  it('PaymentOrderRetrieval: strict on types of documented fields, tolerant of extras', () => {
    expect(v.safeParse(PaymentOrderRetrievalSchema, paymentOrder()).success).toBe(true);
    expect(v.safeParse(PaymentOrderRetrievalSchema, { ...paymentOrder(), extra: 1 }).success).toBe(true);
    expect(v.safeParse(PaymentOrderRetrievalSchema, { ...paymentOrder(), btc_amount: 1.5 }).success).toBe(false);
    expect(v.safeParse(PaymentOrderRetrievalSchema, { ...paymentOrder(), amount: 10 }).success).toBe(false);
    const { rate: _rate, ...noRate } = paymentOrder();
    expect(v.safeParse(PaymentOrderRetrievalSchema, noRate).success).toBe(false);
  });

  it('accepts every order status and nullable PaidStatus', () => {
    for (const status of ORDER_STATUSES) {
      const o = paymentOrder({ state: { status, blockchain_status: 'paid', paid: null, in_confirmation: null, unpaid: null } });
      expect(v.safeParse(PaymentOrderRetrievalSchema, o).success).toBe(true);
    }
  });

  it('PaymentOrderList', () => {
    expect(v.safeParse(PaymentOrderListSchema, { paymentorders: [], total_items: 0, total_pages: 0 }).success).toBe(true);
    expect(v.safeParse(PaymentOrderListSchema, { paymentorders: [{}], total_items: 0, total_pages: 0 }).success).toBe(false);
  });

  it('CallbackBody requires the order core and the state', () => {
    const base = { event: 'payment.completed', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order' };
    const { uuid: _u, ...rest } = paymentOrder();
    expect(v.safeParse(CallbackBodySchema, { ...base, object: rest }).success).toBe(false);
    expect(v.safeParse(CallbackBodySchema, { ...base, object: paymentOrder() }).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { hasFastPath, parseWith } from './fast-parse';
import { creationResponse, paymentOrder } from './fixtures.test-util';
import {
  CallbackBodySchema,
  CallbackListSchema,
  ClientCredentialsLoginResponseSchema,
  GetPaymentOrdersQuerySchema,
  PaymentOrderCreationResponseSchema,
  PaymentOrderCreationSchema,
  PaymentOrderDeletionResponseSchema,
  PaymentOrderListSchema,
  PaymentOrderRetrievalSchema,
  PaymentUpdateObjectSchema,
} from './schemas';

type Json = unknown;
const REPLACEMENTS: Json[] = [undefined, null, 'str', '', 0, 1.5, -1, Number.NaN, true, {}, [], '10.00', 'https://x.example'];

/** The input itself plus, for every path, the input with that value deleted or replaced. */
function* mutations(value: Json): Generator<Json> {
  yield value;
  if (Array.isArray(value)) {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      for (const m of mutations(list[i])) yield list.map((x, j) => (j === i ? m : x));
    }
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, Json>;
    for (const key of Object.keys(obj)) {
      const { [key]: _dropped, ...rest } = obj;
      yield rest;
      for (const r of REPLACEMENTS) yield { ...obj, [key]: r };
      if (obj[key] && typeof obj[key] === 'object') for (const m of mutations(obj[key])) yield { ...obj, [key]: m };
    }
    yield { ...obj, unknown_extra: 1 };
  }
}

const cases: [string, v.GenericSchema, Json][] = [
  ['PaymentOrderRetrieval', PaymentOrderRetrievalSchema, paymentOrder()],
  ['PaymentOrderList', PaymentOrderListSchema, { paymentorders: [paymentOrder(), paymentOrder({ transactions: null })], total_items: 2, total_pages: 1 }],
  ['PaymentOrderCreationResponse', PaymentOrderCreationResponseSchema, creationResponse()],
  ['PaymentOrderDeletionResponse', PaymentOrderDeletionResponseSchema, { cancel_url: 'https://x.example' }],
  ['CallbackList', CallbackListSchema, { callbacks: [{ name: 'payment.completed' }] }],
  ['ClientCredentialsLoginResponse', ClientCredentialsLoginResponseSchema, { access_token: 't', token_type: 'Bearer', expires_in: 60, id_token: 'x', scope: null }],
  ['CallbackBody', CallbackBodySchema, { event: 'payment.completed', created_at: '2026-11-26T10:00:00Z', object_type: 'payment_order', object: { ...paymentOrder(), continue_url: null } }],
  ['PaymentOrderCreation', PaymentOrderCreationSchema, { amount: '10.00', details: 'd', continue_url: 'https://a.example', required_confirmations: 2 }],
  ['PaymentUpdateObject', PaymentUpdateObjectSchema, { callback: 'payment.expired' }],
  ['GetPaymentOrdersQuery', GetPaymentOrdersQuerySchema, { status: 'paid', page: 0, pageSize: 40, sortBy: 'amount', sortOrder: 'asc' }],
];

describe('fast-path parsing agrees with valibot', () => {
  for (const [name, schema, sample] of cases) {
    it(name, () => {
      expect(hasFastPath(schema)).toBe(true);
      let n = 0;
      for (const input of mutations(sample)) {
        n++;
        const slow = v.safeParse(schema, input, { abortEarly: false });
        const fast = parseWith(schema, input);
        expect(fast.success, JSON.stringify(input)).toBe(slow.success);
        if (fast.success && slow.success) expect(fast.output).toStrictEqual(slow.output);
      }
      expect(n).toBeGreaterThan(10);
    });
  }
});

import * as v from 'valibot';
import { rule } from './rules';
import { callbackUrl, isHttpsUrl } from './url-rules';

import {
  BLOCKCHAIN_STATUSES,
  CALLBACK_EVENTS,
  DECIMAL_REGEX,
  MAX_PAGE_SIZE,
  MAX_TEXT_LENGTH,
  ORDER_STATUSES,
  SORT_BY,
  SORT_ORDERS,
  TRANSACTION_BLOCKCHAIN_STATUSES,
  TRANSACTION_STATUSES,
  type CallbackEventName,
} from './constants';

export * from './constants';

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

const int = v.pipe(v.number(), v.integer());
const nonNegativeInt = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Dates are ISO 8601 strings; responses are checked for type only, to stay tolerant of precision/offset variants. */
const isoDate = v.string();

const httpsUrl = v.pipe(
  v.string(),
  rule<string>('https_url', isHttpsUrl, 'Must be an https:// URL'),
  v.maxLength(MAX_TEXT_LENGTH, `Must be at most ${MAX_TEXT_LENGTH} characters`),
);

const decimalFormat = (s: string): boolean => DECIMAL_REGEX.test(s);
const requestAmount = v.pipe(
  v.string('Must be a decimal string such as "10.00"'),
  rule<string>('decimal', decimalFormat, 'Must be a decimal string such as "10.00" (at most 2 decimals)'),
  rule<string>('positive', (s) => !decimalFormat(s) || Number(s) > 0, 'Must be greater than zero'),
);

const boundedText = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH, `Must be at most ${MAX_TEXT_LENGTH} characters`));

export const UuidSchema = v.pipe(v.string('Must be a string'), v.uuid('Must be a UUID'));

// ---------------------------------------------------------------------------
// Request objects
// ---------------------------------------------------------------------------

/** The request object of `createPaymentOrder`; what callback URLs it accepts depends on the mode. */
export function paymentOrderCreationSchema(mode: 'sandbox' | 'live') {
  return v.object({
    amount: requestAmount,
    details: v.optional(boundedText),
    reference: v.optional(boundedText),
    continue_url: v.optional(httpsUrl),
    cancel_url: v.optional(httpsUrl),
    callback_url: v.optional(callbackUrl(mode)),
    required_confirmations: v.optional(
      v.pipe(v.number('Must be a number'), v.integer('Must be an integer'), v.minValue(0, 'Must be 0 or more')),
    ),
  });
}

/** The live-mode rules (the stricter ones). */
export const PaymentOrderCreationSchema = paymentOrderCreationSchema('live');
export type PaymentOrderCreation = v.InferOutput<typeof PaymentOrderCreationSchema>;

export const PaymentUpdateObjectSchema = v.object({
  callback: v.picklist(CALLBACK_EVENTS, `Must be one of: ${CALLBACK_EVENTS.join(', ')}`),
});
export type PaymentUpdateObject = v.InferOutput<typeof PaymentUpdateObjectSchema>;

/** Query of `getPaymentOrders`, camelCase on our side (snake_case on the wire). */
export const GetPaymentOrdersQuerySchema = v.object({
  status: v.optional(v.picklist(BLOCKCHAIN_STATUSES, `Must be one of: ${BLOCKCHAIN_STATUSES.join(', ')}`)),
  page: v.optional(v.pipe(v.number('Must be a number'), v.integer('Must be an integer'), v.minValue(0, 'Must be 0 or more'))),
  pageSize: v.optional(
    v.pipe(
      v.number('Must be a number'),
      v.integer('Must be an integer'),
      v.minValue(1, 'Must be 1 or more'),
      v.maxValue(MAX_PAGE_SIZE, `Must be at most ${MAX_PAGE_SIZE}`),
    ),
  ),
  sortBy: v.optional(v.picklist(SORT_BY, `Must be one of: ${SORT_BY.join(', ')}`)),
  sortOrder: v.optional(v.picklist(SORT_ORDERS, `Must be one of: ${SORT_ORDERS.join(', ')}`)),
});
export type GetPaymentOrdersQuery = v.InferOutput<typeof GetPaymentOrdersQuerySchema>;

export const ClientCredentialsSchema = v.object({
  grant_type: v.literal('client_credentials'),
  scope: v.literal('*'),
});
export type ClientCredentials = v.InferOutput<typeof ClientCredentialsSchema>;

// ---------------------------------------------------------------------------
// Response objects (unknown extra fields are accepted and dropped)
// ---------------------------------------------------------------------------

export const PaidStatusSchema = v.object({
  crypto: int,
  fiat: v.string(),
});
export type PaidStatus = v.InferOutput<typeof PaidStatusSchema>;

export const PaymentOrderStateSchema = v.object({
  status: v.picklist(ORDER_STATUSES),
  blockchain_status: v.picklist(BLOCKCHAIN_STATUSES),
  paid: v.nullish(PaidStatusSchema, null),
  in_confirmation: v.nullish(PaidStatusSchema, null),
  unpaid: v.nullish(PaidStatusSchema, null),
});
export type PaymentOrderState = v.InferOutput<typeof PaymentOrderStateSchema>;

export const OutSchema = v.object({
  n: nonNegativeInt,
  amount: int,
});
export type Out = v.InferOutput<typeof OutSchema>;

export const TransactionSchema = v.object({
  txid: v.string(),
  normalized_txid: v.string(),
  status: v.picklist(TRANSACTION_STATUSES),
  blockchain_status: v.picklist(TRANSACTION_BLOCKCHAIN_STATUSES),
  outs_sum: int,
  created_at: isoDate,
  outs: v.array(OutSchema),
});
export type Transaction = v.InferOutput<typeof TransactionSchema>;

export const RateRetrievalSchema = v.object({
  source: v.string(),
  value: v.string(),
  created_at: isoDate,
  from: v.optional(v.string()),
  to: v.optional(v.string()),
});
export type RateRetrieval = v.InferOutput<typeof RateRetrievalSchema>;

export const CurrencyRetrievalSchema = v.object({
  uuid: v.string(),
  name: v.string(),
  type: v.picklist(['fiat', 'crypto']),
});
export type CurrencyRetrieval = v.InferOutput<typeof CurrencyRetrievalSchema>;

export const DepositAccountLiteSchema = v.object({
  uuid: v.string(),
  name: v.string(),
  type: v.picklist(['bank', 'bitcoin']),
});
export type DepositAccountLite = v.InferOutput<typeof DepositAccountLiteSchema>;

export const PaymentOrderCreatorSchema = v.object({
  uuid: v.string(),
  name: v.string(),
  type: v.picklist(['web', 'mobile']),
  active: v.optional(v.boolean()),
  deposit_account: DepositAccountLiteSchema,
});
export type PaymentOrderCreator = v.InferOutput<typeof PaymentOrderCreatorSchema>;

export const PaymentOrderCreationResponseSchema = v.object({
  uuid: v.string(),
  address: v.string(),
  uri: v.string(),
  amount: int,
  expires_in: int,
  expiration_time: isoDate,
  redirect_url: v.nullish(v.string(), null),
  rate: RateRetrievalSchema,
  created_at: v.nullish(isoDate, null),
  reference: v.nullish(v.string(), null),
});
export type PaymentOrderCreationResponse = v.InferOutput<typeof PaymentOrderCreationResponseSchema>;

const paymentOrderRetrievalEntries = {
  uuid: v.string(),
  amount: v.string(),
  btc_amount: int,
  address: v.string(),
  uri: v.string(),
  state: PaymentOrderStateSchema,
  transactions: v.nullish(v.array(TransactionSchema), null),
  rate: RateRetrievalSchema,
  currency: CurrencyRetrievalSchema,
  created_by: PaymentOrderCreatorSchema,
  required_confirmations: nonNegativeInt,
  expires_in: int,
  expiration_time: isoDate,
  created_at: isoDate,
  resolved_at: v.nullish(isoDate, null),
  chargeback_date: v.nullish(isoDate, null),
  dispute_start_date: v.nullish(isoDate, null),
  reference: v.nullish(v.string(), null),
  details: v.nullish(v.string()),
  callback_url: v.nullish(v.string()),
  redirect_url: v.nullish(v.string()),
};

export const PaymentOrderRetrievalSchema = v.object(paymentOrderRetrievalEntries);
export type PaymentOrderRetrieval = v.InferOutput<typeof PaymentOrderRetrievalSchema>;

export const PaymentOrderListSchema = v.object({
  paymentorders: v.array(PaymentOrderRetrievalSchema),
  total_items: nonNegativeInt,
  total_pages: nonNegativeInt,
});
export type PaymentOrderList = v.InferOutput<typeof PaymentOrderListSchema>;

export const PaymentOrderDeletionResponseSchema = v.object({
  cancel_url: v.nullish(v.string(), null),
});
export type PaymentOrderDeletionResponse = v.InferOutput<typeof PaymentOrderDeletionResponseSchema>;

export const CallbackSchema = v.object({ name: v.string() });
export type Callback = v.InferOutput<typeof CallbackSchema>;

export const CallbackListSchema = v.object({
  callbacks: v.array(CallbackSchema),
});
export type CallbackList = v.InferOutput<typeof CallbackListSchema>;

export const ClientCredentialsLoginResponseSchema = v.object({
  access_token: v.pipe(v.string(), v.minLength(1)),
  token_type: v.string(),
  expires_in: nonNegativeInt,
  id_token: v.nullish(v.string(), null),
  scope: v.nullish(v.string(), null),
});
export type ClientCredentialsLoginResponse = v.InferOutput<typeof ClientCredentialsLoginResponseSchema>;

// ---------------------------------------------------------------------------
// Callbacks (webhooks)
// ---------------------------------------------------------------------------

/**
 * The payment order inside a callback: PaymentOrderRetrieval plus continue_url and cancel_url.
 * The identifying core and the state are required; the rest is type-checked when present but
 * may be absent, because real and reference callbacks (test-vectors/signatures.json) carry a
 * compact object. Rejecting a correctly signed callback over a missing rate would lose a payment.
 */
export const CallbackPaymentOrderSchema = v.object({
  uuid: v.string(),
  amount: v.string(),
  btc_amount: int,
  address: v.string(),
  uri: v.string(),
  state: PaymentOrderStateSchema,
  transactions: v.nullish(v.array(TransactionSchema)),
  rate: v.nullish(RateRetrievalSchema),
  currency: v.nullish(CurrencyRetrievalSchema),
  created_by: v.nullish(PaymentOrderCreatorSchema),
  required_confirmations: v.nullish(nonNegativeInt),
  expires_in: v.nullish(int),
  expiration_time: v.nullish(isoDate),
  created_at: v.nullish(isoDate),
  resolved_at: v.nullish(isoDate),
  chargeback_date: v.nullish(isoDate),
  dispute_start_date: v.nullish(isoDate),
  reference: v.nullish(v.string()),
  details: v.nullish(v.string()),
  callback_url: v.nullish(v.string()),
  redirect_url: v.nullish(v.string()),
  continue_url: v.nullish(v.string()),
  cancel_url: v.nullish(v.string()),
});
export type CallbackPaymentOrder = v.InferOutput<typeof CallbackPaymentOrderSchema>;

export const CallbackBodySchema = v.object({
  event: v.picklist(CALLBACK_EVENTS),
  created_at: isoDate,
  object_type: v.string(),
  object: CallbackPaymentOrderSchema,
});
export type CallbackBody = v.InferOutput<typeof CallbackBodySchema>;

/** A verified, parsed callback, discriminated on `event`. */
export type CallbackEvent<E extends CallbackEventName = CallbackEventName> = E extends CallbackEventName
  ? Omit<CallbackBody, 'event'> & { event: E }
  : never;

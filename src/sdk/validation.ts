import type * as v from 'valibot';
import { ValidationError } from './errors';
import { parseWith } from './parse';
import type { FieldIssue } from './rules';
import type { Mode } from './config';
import {
  GetPaymentOrdersQuerySchema,
  paymentOrderCreationSchema,
  PaymentUpdateObjectSchema,
  UuidSchema,
  type GetPaymentOrdersQuery,
  type PaymentOrderCreation,
  type PaymentUpdateObject,
} from './schemas';

function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown, what: string): T {
  const result = parseWith(schema, input);
  if (result.success) return result.output;
  throw new ValidationError(what, result.issues);
}

function issuesOf(schema: v.GenericSchema, input: unknown): FieldIssue[] {
  const result = parseWith(schema, input);
  return result.success ? [] : result.issues;
}

const CREATION_SCHEMAS = { live: paymentOrderCreationSchema('live'), sandbox: paymentOrderCreationSchema('sandbox') };

/**
 * The client-side rules for a new payment order, for forms: `[]` when valid. `mode` (default
 * `live`) matters for `callback_url`: sandbox mode also accepts http://127.0.0.1 and http://localhost.
 */
export function validatePaymentOrderCreation(input: unknown, options: { mode?: Mode } = {}): FieldIssue[] {
  return issuesOf(CREATION_SCHEMAS[options.mode ?? 'live'], input);
}

/** The client-side rules for a list query (camelCase keys), for forms: `[]` when valid. */
export function validateGetPaymentOrdersQuery(input: unknown): FieldIssue[] {
  return issuesOf(GetPaymentOrdersQuerySchema, input);
}

export function assertPaymentOrderCreation(input: unknown, mode: Mode = 'live'): PaymentOrderCreation {
  return check(CREATION_SCHEMAS[mode], input, 'payment order');
}

export function assertGetPaymentOrdersQuery(input: unknown): GetPaymentOrdersQuery {
  return check(GetPaymentOrdersQuerySchema, input ?? {}, 'payment order query');
}

export function assertPaymentUpdate(input: unknown): PaymentUpdateObject {
  return check(PaymentUpdateObjectSchema, input, 'payment update');
}

export function assertUuid(input: unknown, field = 'uuid'): string {
  const result = parseWith(UuidSchema, input);
  if (result.success) return result.output;
  throw new ValidationError(field, [{ field, rule: 'uuid', message: 'Must be a UUID' }]);
}

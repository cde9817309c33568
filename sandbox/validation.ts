import { validationError, type FieldError } from './errors';
import { FIAT_AMOUNT_PATTERN, parseFiatCents } from './money';
import type { ListQuery } from './order-store';
import { BLOCKCHAIN_STATUSES, type BlockchainStatus } from './wire-types';

export interface OrderCreationInput {
  fiatCents: number;
  details: string | null;
  reference: string | null;
  continueUrl: string | null;
  cancelUrl: string | null;
  callbackUrl: string | null;
  requiredConfirmations: number | null;
}

export const MAX_TEXT = 300;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The real API demands https; the sandbox also takes plain http on loopback so local receivers work. */
const LOOPBACK_HTTP = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?(\/|$)/i;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isValidUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export function validateUuid(uuid: string): void {
  if (!UUID_PATTERN.test(uuid)) {
    throw validationError([{ field: 'payment_order_uuid', message: 'must be a UUID' }]);
  }
}

export function validateOrderCreation(body: unknown): OrderCreationInput {
  if (!isRecord(body)) throw validationError([{ field: 'body', message: 'must be a JSON object' }]);
  const fields: FieldError[] = [];

  let fiatCents = 0;
  const amount = body.amount;
  if (amount === undefined || amount === null) fields.push({ field: 'amount', message: 'is required' });
  else if (typeof amount !== 'string' || !FIAT_AMOUNT_PATTERN.test(amount)) {
    fields.push({ field: 'amount', message: 'must be a decimal string with at most 2 decimals, e.g. "10.00"' });
  } else {
    fiatCents = parseFiatCents(amount);
    if (fiatCents <= 0) fields.push({ field: 'amount', message: 'must be greater than 0' });
  }

  const text = (field: string): string | null => {
    const v = body[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') fields.push({ field, message: 'must be a string' });
    else if (v.length > MAX_TEXT) fields.push({ field, message: `must be at most ${MAX_TEXT} characters` });
    else return v;
    return null;
  };
  const url = (field: string): string | null => {
    const v = text(field);
    if (v === null) return null;
    if (!(v.startsWith('https://') || LOOPBACK_HTTP.test(v)) || !isValidUrl(v)) {
      fields.push({ field, message: 'must be an https:// URL (the sandbox also accepts http://127.0.0.1)' });
      return null;
    }
    return v;
  };

  const details = text('details');
  const reference = text('reference');
  const continueUrl = url('continue_url');
  const cancelUrl = url('cancel_url');
  const callbackUrl = url('callback_url');

  let requiredConfirmations: number | null = null;
  const rc = body.required_confirmations;
  if (rc !== undefined && rc !== null) {
    if (typeof rc !== 'number' || !Number.isInteger(rc) || rc < 0 || rc > 1000) {
      fields.push({ field: 'required_confirmations', message: 'must be an integer from 0 to 1000' });
    } else requiredConfirmations = rc;
  }

  if (fields.length > 0) throw validationError(fields);
  return { fiatCents, details, reference, continueUrl, cancelUrl, callbackUrl, requiredConfirmations };
}

export const MAX_PAGE_SIZE = 40;
export const DEFAULT_PAGE_SIZE = 20;

/** Empty values count as absent; unknown parameters are ignored. */
export function validateListQuery(params: URLSearchParams): ListQuery {
  const fields: FieldError[] = [];
  const get = (name: string): string | undefined => {
    const v = params.get(name);
    return v === null || v === '' ? undefined : v;
  };
  const integer = (name: string, min: number, max: number, fallback: number): number => {
    const v = get(name);
    if (v === undefined) return fallback;
    if (!/^\d{1,9}$/.test(v) || Number(v) < min || Number(v) > max) {
      fields.push({ field: name, message: `must be an integer from ${min} to ${max}` });
      return fallback;
    }
    return Number(v);
  };

  const query: ListQuery = {
    page: integer('page', 0, 1_000_000_000, 0),
    pageSize: integer('page_size', 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
    sortBy: 'created_at',
    sortOrder: 'desc',
  };
  const status = get('status');
  if (status !== undefined) {
    if ((BLOCKCHAIN_STATUSES as readonly string[]).includes(status)) query.status = status as BlockchainStatus;
    else fields.push({ field: 'status', message: `must be one of ${BLOCKCHAIN_STATUSES.join(', ')}` });
  }
  const sortBy = get('sort_by');
  if (sortBy === 'amount' || sortBy === 'created_at') query.sortBy = sortBy;
  else if (sortBy !== undefined) fields.push({ field: 'sort_by', message: 'must be amount or created_at' });
  const sortOrder = get('sort_order');
  if (sortOrder === 'asc' || sortOrder === 'desc') query.sortOrder = sortOrder;
  else if (sortOrder !== undefined) fields.push({ field: 'sort_order', message: 'must be asc or desc' });

  if (fields.length > 0) throw validationError(fields, 'Invalid query');
  return query;
}

/** PaymentUpdateObject: a missing callback is 0001; an unknown or invalid name is 0013 (checked by the caller). */
export function validatePaymentUpdate(body: unknown): string {
  if (!isRecord(body)) throw validationError([{ field: 'body', message: 'must be a JSON object' }]);
  const callback = body.callback;
  if (typeof callback !== 'string' || callback === '') {
    throw validationError([{ field: 'callback', message: 'is required and must be a string' }]);
  }
  return callback;
}

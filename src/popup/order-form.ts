/**
 * The New order form as plain data: what the cashier typed → the order to
 * send, or one plain reason per field. Same rules as the API (the unit test
 * checks them against the SDK's validator) without shipping the schemas.
 */
import type { PaymentOrderCreation } from '../sdk';
import { MAX_TEXT_LENGTH } from '../sdk/constants';
import { TYPED_REFERENCE_MAX } from '../messaging/sale-code';
import { formatNumber } from '../shared/format';
import { t } from '../shared/i18n';
import { parseAmount } from './amount';

/** Reference leaves room for the sale code the worker appends (" #K7QX2M9P"). */
export const MAX_REFERENCE = TYPED_REFERENCE_MAX;
const HTTPS_URL = /^https:\/\/[^\s/?#]+\S*$/;
/** The SDK's sandbox-mode rule: plain http to this machine, for a receiver under development. */
const LOOPBACK_HTTP_URL = /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?(?:[/?#]\S*)?$/i;

export interface OrderFormValues {
  amount: string;
  details: string;
  reference: string;
  continueUrl: string;
  cancelUrl: string;
  callbackUrl: string;
  requiredConfirmations: string;
}

export type OrderFormField = keyof OrderFormValues;
export type OrderFormErrors = Partial<Record<OrderFormField, string>>;

export const EMPTY_FORM: OrderFormValues = {
  amount: '',
  details: '',
  reference: '',
  continueUrl: '',
  cancelUrl: '',
  callbackUrl: '',
  requiredConfirmations: '',
};

/** Fields in the order they appear, so the first error can be focused. */
export const FIELD_ORDER: readonly OrderFormField[] = [
  'amount',
  'details',
  'reference',
  'continueUrl',
  'cancelUrl',
  'callbackUrl',
  'requiredConfirmations',
];

/** Wire name → form field, for errors the API reports per field. */
export const WIRE_FIELDS: Record<string, OrderFormField> = {
  amount: 'amount',
  details: 'details',
  reference: 'reference',
  continue_url: 'continueUrl',
  cancel_url: 'cancelUrl',
  callback_url: 'callbackUrl',
  required_confirmations: 'requiredConfirmations',
};

export type OrderFormResult = { ok: true; order: PaymentOrderCreation } | { ok: false; errors: OrderFormErrors };

export function textError(value: string, max = MAX_TEXT_LENGTH): string | null {
  return value.length > max ? t('create_text_too_long', formatNumber(max), formatNumber(value.length - max)) : null;
}

export function httpsUrlError(value: string): string | null {
  if (value === '') return null;
  if (!HTTPS_URL.test(value) || !URL.canParse(value)) return t('create_url_https');
  return textError(value);
}

/** The Callback URL: https://, or in sandbox mode also http://127.0.0.1 / http://localhost. */
export function callbackUrlError(value: string, sandbox: boolean): string | null {
  if (value === '') return null;
  const loopback = LOOPBACK_HTTP_URL.test(value) && URL.canParse(value);
  if (loopback && sandbox) return textError(value);
  if (loopback) return t('create_url_loopback_live');
  if (sandbox && (!HTTPS_URL.test(value) || !URL.canParse(value))) return t('create_url_https_or_loopback');
  return httpsUrlError(value);
}

export function confirmationsError(value: string): string | null {
  if (value === '') return null;
  if (!/^\d+$/.test(value)) return t('create_confirmations_whole');
  if (value.length > 3) return t('create_confirmations_max');
  return null;
}

/** `sandbox`: the account is in Sandbox mode, where loopback callback URLs are allowed (default: live rules). */
export function buildOrder(values: OrderFormValues, { sandbox }: { sandbox: boolean } = { sandbox: false }): OrderFormResult {
  const errors: OrderFormErrors = {};
  const amount = parseAmount(values.amount);
  if (!amount.ok) errors.amount = amount.message;

  const details = values.details.trim();
  const reference = values.reference.trim();
  const urls = { continueUrl: values.continueUrl.trim(), cancelUrl: values.cancelUrl.trim(), callbackUrl: values.callbackUrl.trim() };
  const confirmations = values.requiredConfirmations.trim();

  const checks: [OrderFormField, string | null][] = [
    ['details', textError(details)],
    ['reference', textError(reference, MAX_REFERENCE)],
    ['continueUrl', httpsUrlError(urls.continueUrl)],
    ['cancelUrl', httpsUrlError(urls.cancelUrl)],
    ['callbackUrl', callbackUrlError(urls.callbackUrl, sandbox)],
    ['requiredConfirmations', confirmationsError(confirmations)],
  ];
  for (const [field, error] of checks) if (error) errors[field] = error;
  if (!amount.ok || Object.keys(errors).length > 0) return { ok: false, errors };

  const order: PaymentOrderCreation = { amount: amount.value };
  if (details) order.details = details;
  if (reference) order.reference = reference;
  if (urls.continueUrl) order.continue_url = urls.continueUrl;
  if (urls.cancelUrl) order.cancel_url = urls.cancelUrl;
  if (urls.callbackUrl) order.callback_url = urls.callbackUrl;
  if (confirmations) order.required_confirmations = Number(confirmations);
  return { ok: true, order };
}

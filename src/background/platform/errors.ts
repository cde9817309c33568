/**
 * Every error a handler throws becomes a WireError here: plain data with a stable
 * code, a sentence a cashier can act on, and redacted details for support.
 */
import {
  ConfigError,
  ConnectionError,
  ResponseValidationError,
  SdkError,
  SdkHttpError,
  TimeoutError,
  ValidationError,
  REDACTED,
} from '../../sdk';
import type { FieldIssue, WireError } from '../../messaging/result';
import type { MessageKey } from '../../shared/i18n';
import { isLocalText, text, type LocalText } from '../../shared/local-text';

/** Codes of our own, beside the API's four-digit codes and the SDK's categories. */
export type AppErrorCode =
  | 'timeout'
  | 'connection'
  | 'validation'
  | 'not_configured'
  | 'sandbox_only'
  | 'invalid_settings'
  | 'permission_denied'
  | 'not_found'
  | 'create_uncertain'
  | 'create_held'
  | 'create_ended'
  | 'not_created'
  | 'cancel_refused'
  | 'created_not_loaded'
  | 'locked'
  | 'wrong_passphrase'
  | 'unlock_throttled'
  | 'no_passphrase'
  | 'wrong_pin'
  | 'manager_only'
  | 'internal';

/**
 * An error raised by the worker itself (not the SDK): `message` is English and technical
 * (logs, "Copy details"), `text` is what the user is told, in the UI language.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly text: LocalText;
  readonly fields: FieldIssue[] | undefined;
  constructor(code: AppErrorCode, message: string, localText: LocalText, fields?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.text = localText;
    this.fields = fields;
  }
}

/** Why a value is refused: English for logs, and the words the form shows beside the field. */
export interface Problem {
  message: string;
  text: LocalText;
}

export function problem(message: string, key: MessageKey, ...params: readonly (string | number)[]): Problem {
  return { message, text: text(key, ...params) };
}

export function tooLong(max: number): Problem {
  return problem(`At most ${max} characters.`, 'settings_max_chars', max);
}

export function fieldIssue(field: string, why: Problem): FieldIssue {
  return { field, message: why.message, text: why.text };
}

export function notConfigured(): AppError {
  return new AppError(
    'not_configured',
    'WebPOS Counter is not set up yet: open the options page and enter your client ID and secret.',
    text('error_not_configured'),
  );
}

/** What a cashier is told per API error code: what happened and what to do. */
export const API_TEXTS: Record<string, MessageKey> = {
  '0001': 'error_api_0001',
  '0013': 'error_api_0013',
  '1001': 'error_api_1001',
  '1002': 'error_api_1002',
  '1004': 'error_api_1004',
  '1007': 'error_api_1007',
  '1012': 'error_api_1012',
  '1013': 'error_api_1013',
  '1018': 'error_api_1018',
  '2000': 'error_api_2000',
  '3001': 'error_api_3001',
  '3003': 'error_api_3003',
  '4000': 'error_api_4000',
  '4003': 'error_api_4003',
  '4006': 'error_api_4006',
};

/** English technical sentences per API error code, for logs and "Copy details". */
export const API_MESSAGES: Record<string, string> = {
  '0001': 'WebPOS refused the request as invalid (error 0001). Check the amount and the text fields.',
  '0013': 'WebPOS refused that simulated step for the order in its current state (error 0013). Refresh the order and use one of the steps offered.',
  '1001': 'The client ID or secret was refused by WebPOS (error 1001). Check them on the options page.',
  '1002': 'WebPOS refused the way this extension logs in (error 1002). Check the API base URL on the options page; if it is right, copy the details for support.',
  '1004': 'The WebPOS session expired and could not be renewed (error 1004). Try again.',
  '1007': 'WebPOS did not accept the session (error 1007). Check the client ID and secret on the options page.',
  '1012': 'WebPOS did not allow this for this order or account (error 1012). An order that has received money can no longer be cancelled: refresh the order to see its state.',
  '1013': 'WebPOS refused the access this extension asks for at login (error 1013). Check the client ID on the options page; if it is right, copy the details for support.',
  '1018': 'WebPOS refused the login for this account (error 1018). Check the client ID and mode on the options page.',
  '2000': 'Too many requests to WebPOS (error 2000). Wait a moment and try again.',
  '3001': 'WebPOS does not know that order (error 3001). It may belong to another account: check the account on the options page, then refresh the Orders list.',
  '3003': 'WebPOS does not offer that operation here (error 3003). Refresh and try again; if it persists, copy the details for support.',
  '4000': 'WebPOS had an internal error (error 4000). Try again in a moment.',
  '4003': 'WebPOS has no exchange rate right now (error 4003). Try again in a moment.',
  '4006': 'WebPOS is temporarily not taking new orders (error 4006). Try again later.',
};

/** Error codes that mean the credentials (or the session) were refused. */
export const AUTH_CODES: ReadonlySet<string> = new Set(['1001', '1007']);

export function isOfflineError(error: unknown): boolean {
  return error instanceof ConnectionError || error instanceof TimeoutError;
}

export function isAuthError(error: unknown): boolean {
  return error instanceof SdkHttpError && AUTH_CODES.has(error.errorCode);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Removes every sensitive string (secret, tokens) from text; short values are left alone. */
export function scrub(text: string, sensitive: readonly string[]): string {
  let out = text;
  for (const s of sensitive) if (s && s.length >= 4 && out.includes(s)) out = out.split(s).join(REDACTED);
  return out;
}

/**
 * Maps anything thrown to plain error data. `sensitive` lists strings (the secret)
 * that must never leave the worker, even inside SDK debug info.
 */
export function toWireError(error: unknown, sensitive: readonly string[] = []): WireError {
  const wire = classify(error);
  wire.message = scrub(wire.message, sensitive);
  if (wire.details !== undefined) wire.details = scrub(wire.details, sensitive);
  return wire;
}

/** What a form shows for an SDK validation rule (the SDK's stable `rule` names, see src/sdk/README.md). */
export const RULE_TEXTS: Record<string, MessageKey> = {
  required: 'error_field_required',
  type: 'error_field_invalid',
  decimal: 'error_field_decimal',
  positive: 'error_field_positive',
  max_length: 'error_field_too_long',
  https_url: 'error_field_https_url',
  integer: 'error_field_integer',
  min: 'error_field_min',
  max: 'error_field_max',
  enum: 'error_field_enum',
};

function sdkIssue(issue: { field: string; rule: string; message: string }): FieldIssue {
  return { field: issue.field, message: issue.message, text: text(RULE_TEXTS[issue.rule] ?? 'error_field_invalid') };
}

function classify(error: unknown): WireError {
  if (error instanceof AppError) {
    const wire: WireError = { code: error.code, message: error.message, text: error.text };
    if (error.fields) wire.fields = error.fields;
    return wire;
  }
  if (error instanceof SdkHttpError) {
    const code = error.errorCode || 'unknown_http';
    const message =
      API_MESSAGES[error.errorCode] ??
      (error.errorCode
        ? `WebPOS answered with error ${error.errorCode} (HTTP ${error.status}).`
        : `WebPOS answered with an unexpected HTTP ${error.status} response.`);
    const wire: WireError = {
      code,
      message,
      text: text(API_TEXTS[error.errorCode] ?? 'error_api_unknown'),
      status: error.status,
      details: `${error.message}\n${JSON.stringify(error.debugInfo, null, 2)}`,
    };
    if (error.requestId) wire.requestId = error.requestId;
    return wire;
  }
  if (error instanceof TimeoutError) {
    const host = hostOf(error.url);
    return {
      code: 'timeout',
      message: `WebPOS at ${host} did not answer within ${error.timeoutSeconds} seconds. Check the connection, or raise the request timeout on the options page.`,
      text: text('error_timeout', host, error.timeoutSeconds),
      details: error.message,
    };
  }
  if (error instanceof ConnectionError) {
    const host = hostOf(error.url);
    return {
      code: 'connection',
      message: `Could not reach WebPOS at ${host}${error.url.startsWith('https:') ? ' (the host is unreachable, or its TLS certificate was refused)' : ''}. Check the internet connection and the API base URL.`,
      text: text('error_connection', host),
      details: error.message,
    };
  }
  if (error instanceof ValidationError) {
    return {
      code: 'validation',
      message: `Please correct: ${error.issues.map((i) => `${i.field || 'value'}: ${i.message}`).join('; ')}`,
      text: text('error_validation'),
      fields: error.issues.map(sdkIssue),
    };
  }
  if (error instanceof ResponseValidationError) {
    return {
      code: 'response_validation',
      message: 'WebPOS sent an answer this extension does not understand. Try again; if it persists, copy the details for support.',
      text: text('error_response_invalid'),
      status: error.status,
      details: `${error.message}\n${error.rawBody.slice(0, 2000)}`,
    };
  }
  if (error instanceof ConfigError) {
    return {
      code: 'config',
      message: `The settings are not usable: ${error.message}. Check the options page.`,
      text: text('error_config'),
      fields: [{ field: error.key, message: error.message, text: text('error_field_invalid') }],
    };
  }
  if (error instanceof SdkError) return { code: error.code, message: error.message, text: text('error_internal') };
  // Errors of other worker modules (the webhook verifier, say) that carry their own code and words.
  const own = error as { code?: unknown; text?: unknown } | null;
  if (error instanceof Error && typeof own?.code === 'string' && own.code !== '') {
    return { code: own.code, message: error.message, text: isLocalText(own.text) ? own.text : text('error_internal') };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside the extension: ${message}`, text: text('error_internal') };
}

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
import { englishText } from '../../shared/english';
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
  | 'till_name_missing'
  | 'internal';

/**
 * An error raised by the worker itself (not the SDK): `text` is what the user is told, in
 * the UI language; the English of logs and "Copy details" (`message`) is the English
 * catalogue's sentence for the same key. `details` holds facts for support (a cause, a
 * status), never a sentence of its own.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly text: LocalText;
  readonly fields: FieldIssue[] | undefined;
  readonly details: string | undefined;
  constructor(code: AppErrorCode, localText: LocalText, fields?: FieldIssue[], details?: string) {
    super(englishText(localText));
    this.name = 'AppError';
    this.code = code;
    this.text = localText;
    this.fields = fields;
    this.details = details;
  }
}

/** Why a value is refused: the words the form shows beside the field, and their English for logs. */
export interface Problem {
  message: string;
  text: LocalText;
}

export function problem(key: MessageKey, ...params: readonly (string | number)[]): Problem {
  const words = text(key, ...params);
  return { message: englishText(words), text: words };
}

export function tooLong(max: number): Problem {
  return problem('settings_max_chars', max);
}

export function fieldIssue(field: string, why: Problem): FieldIssue {
  return { field, message: why.message, text: why.text };
}

export function notConfigured(): AppError {
  return new AppError('not_configured', text('error_not_configured'));
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

/** A wire error whose English `message` is the catalogue's sentence for its `text`. */
function wireOf(code: string, words: LocalText, extra: Omit<WireError, 'code' | 'message' | 'text'> = {}): WireError {
  return { code, message: englishText(words), text: words, ...extra };
}

function classify(error: unknown): WireError {
  if (error instanceof AppError) {
    const wire: WireError = { code: error.code, message: error.message, text: error.text };
    if (error.fields) wire.fields = error.fields;
    if (error.details !== undefined) wire.details = error.details;
    return wire;
  }
  if (error instanceof SdkHttpError) {
    const wire = wireOf(error.errorCode || 'unknown_http', text(API_TEXTS[error.errorCode] ?? 'error_api_unknown'), {
      status: error.status,
      details: `${error.message}\n${JSON.stringify(error.debugInfo, null, 2)}`,
    });
    if (error.requestId) wire.requestId = error.requestId;
    return wire;
  }
  if (error instanceof TimeoutError) {
    return wireOf('timeout', text('error_timeout', hostOf(error.url), error.timeoutSeconds), { details: error.message });
  }
  if (error instanceof ConnectionError) {
    return wireOf('connection', text('error_connection', hostOf(error.url)), { details: error.message });
  }
  if (error instanceof ValidationError) {
    return wireOf('validation', text('error_validation'), { fields: error.issues.map(sdkIssue) });
  }
  if (error instanceof ResponseValidationError) {
    return wireOf('response_validation', text('error_response_invalid'), {
      status: error.status,
      details: `${error.message}\n${error.rawBody.slice(0, 2000)}`,
    });
  }
  if (error instanceof ConfigError) {
    return wireOf('config', text('error_config'), {
      fields: [{ field: error.key, message: error.message, text: text('error_field_invalid') }],
    });
  }
  if (error instanceof SdkError) return wireOf(error.code, text('error_internal'), { details: error.message });
  // Errors of other worker modules (the webhook verifier, say) that carry their own code and words.
  const own = error as { code?: unknown; text?: unknown; details?: unknown } | null;
  if (error instanceof Error && typeof own?.code === 'string' && own.code !== '') {
    if (!isLocalText(own.text)) return wireOf(own.code, text('error_internal'), { details: error.message });
    return wireOf(own.code, own.text, typeof own.details === 'string' ? { details: own.details } : {});
  }
  return wireOf('internal', text('error_internal'), { details: error instanceof Error ? error.message : String(error) });
}

import type { FieldIssue } from './rules';

/** Request/response details attached to every HTTP error, with credentials redacted. */
export interface DebugInfo {
  request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body: string | null;
    query: Record<string, string>;
  };
  response: {
    status: number;
    headers: Record<string, string>;
    body: string;
  } | null;
}

/** Base class of everything the SDK throws. `code` is a stable machine-readable category. */
export class SdkError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The client configuration is missing a value or has a wrong one. */
export class ConfigError extends SdkError {
  readonly key: string;
  constructor(key: string, message: string) {
    super('config', `Invalid SDK config "${key}": ${message}`);
    this.key = key;
  }
}

/** A request broke a client-side rule; nothing was sent. */
export class ValidationError extends SdkError {
  readonly issues: FieldIssue[];
  constructor(what: string, issues: FieldIssue[]) {
    super('validation', `Invalid ${what}: ${issues.map((i) => `${i.field || 'value'} (${i.rule}): ${i.message}`).join('; ')}`);
    this.issues = issues;
  }
}

/** A 2xx response did not match the documented schema. */
export class ResponseValidationError extends SdkError {
  readonly rawBody: string;
  readonly issues: FieldIssue[];
  readonly status: number;
  constructor(what: string, status: number, rawBody: string, issues: FieldIssue[]) {
    super(
      'response_validation',
      `Unexpected ${what} response: ${issues.map((i) => `${i.field || 'body'} (${i.rule})`).join('; ')}`,
    );
    this.status = status;
    this.rawBody = rawBody;
    this.issues = issues;
  }
}

/** The request did not complete within `http.timeout` seconds. */
export class TimeoutError extends SdkError {
  readonly timeoutSeconds: number;
  readonly method: string;
  readonly url: string;
  constructor(method: string, url: string, timeoutSeconds: number) {
    super('timeout', `${method} ${url} timed out after ${timeoutSeconds}s`);
    this.timeoutSeconds = timeoutSeconds;
    this.method = method;
    this.url = url;
  }
}

/** The server could not be reached (DNS, refused, reset, TLS, CORS...). */
export class ConnectionError extends SdkError {
  readonly method: string;
  readonly url: string;
  constructor(method: string, url: string, cause: unknown) {
    const detail = describeCause(cause);
    super('connection', `${method} ${url} failed: ${detail}`, { cause });
    this.method = method;
    this.url = url;
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as Error & { cause?: unknown }).cause;
    if (inner instanceof Error && inner.message) return `${cause.message} (${inner.message})`;
    const code = (inner as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string') return `${cause.message} (${code})`;
    return cause.message;
  }
  return String(cause);
}

/** A non-2xx response. Subclasses exist for every documented `error_code`. */
export class SdkHttpError extends SdkError {
  readonly status: number;
  readonly errorCode: string;
  readonly requestId: string | undefined;
  readonly debugInfo: DebugInfo;
  /** The server's `message`, when it sent one. */
  readonly serverMessage: string | undefined;
  /**
   * Seconds the server asked the client to wait (`Retry-After`, delta-seconds or HTTP date),
   * when the answer carried one: 429 (2000) and 503-style answers, proxies' pages included.
   */
  readonly retryAfterSeconds: number | undefined;
  constructor(
    init: { status: number; errorCode: string; requestId?: string | undefined; debugInfo: DebugInfo; serverMessage?: string | undefined },
    code = 'http',
  ) {
    const label = ERROR_NAMES[init.errorCode] ?? 'HTTP error';
    const suffix = init.serverMessage ? `: ${init.serverMessage}` : '';
    const rid = init.requestId ? ` [request ${init.requestId}]` : '';
    super(code, `${label} (${init.errorCode || 'no error_code'}, HTTP ${init.status})${suffix}${rid}`);
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.requestId = init.requestId;
    this.debugInfo = init.debugInfo;
    this.serverMessage = init.serverMessage;
    this.retryAfterSeconds = parseRetryAfter(findHeader(init.debugInfo.response?.headers, 'retry-after'));
  }
}

type HttpInit = ConstructorParameters<typeof SdkHttpError>[0];

/** A non-2xx response with no JSON body or no `error_code` (a proxy page, say). */
export class UnknownHttpError extends SdkHttpError {
  constructor(init: HttpInit) {
    super(init, 'unknown_http');
  }
}

export class ApiValidationError extends SdkHttpError {}
export class InvalidCallbackError extends SdkHttpError {}
export class UnauthorizedClientError extends SdkHttpError {}
export class InvalidGrantTypeError extends SdkHttpError {}
export class AccessTokenExpiredError extends SdkHttpError {}
export class InvalidRefreshTokenError extends SdkHttpError {}
export class InvalidAccessTokenError extends SdkHttpError {}
export class ForbiddenError extends SdkHttpError {}
export class InvalidScopeError extends SdkHttpError {}
export class InvalidRealmError extends SdkHttpError {}
/** 2000: slow down; `retryAfterSeconds` says for how long when the server said so. */
export class TooManyRequestsError extends SdkHttpError {}
export class NotFoundError extends SdkHttpError {}
export class MethodNotAllowedError extends SdkHttpError {}
export class InvalidAuthorizationHeaderError extends SdkHttpError {}
export class InvalidContentTypeHeaderError extends SdkHttpError {}
export class InvalidAcceptHeaderError extends SdkHttpError {}
export class InternalServerError extends SdkHttpError {}
export class RateUnavailableError extends SdkHttpError {}
export class FunctionalityDownError extends SdkHttpError {}

/** Protocol error code → error class. */
export const ERROR_CLASSES: Readonly<Record<string, new (init: HttpInit) => SdkHttpError>> = {
  '0001': ApiValidationError,
  '0013': InvalidCallbackError,
  '1001': UnauthorizedClientError,
  '1002': InvalidGrantTypeError,
  '1004': AccessTokenExpiredError,
  '1006': InvalidRefreshTokenError,
  '1007': InvalidAccessTokenError,
  '1012': ForbiddenError,
  '1013': InvalidScopeError,
  '1018': InvalidRealmError,
  '2000': TooManyRequestsError,
  '3001': NotFoundError,
  '3003': MethodNotAllowedError,
  '3007': InvalidAuthorizationHeaderError,
  '3012': InvalidContentTypeHeaderError,
  '3013': InvalidAcceptHeaderError,
  '4000': InternalServerError,
  '4003': RateUnavailableError,
  '4006': FunctionalityDownError,
};

const ERROR_NAMES: Readonly<Record<string, string>> = {
  '0001': 'Validation error',
  '0013': 'Invalid callback',
  '1001': 'Unauthorized client',
  '1002': 'Invalid grant type',
  '1004': 'Access token expired',
  '1006': 'Invalid refresh token',
  '1007': 'Invalid access token',
  '1012': 'Forbidden',
  '1013': 'Invalid scope',
  '1018': 'Invalid realm',
  '2000': 'Too many requests',
  '3001': 'Not found',
  '3003': 'Method not allowed',
  '3007': 'Invalid authorization header',
  '3012': 'Invalid content type header',
  '3013': 'Invalid accept header',
  '4000': 'Internal server error',
  '4003': 'Rate unavailable',
  '4006': 'Functionality down',
};

/** Builds the error for a non-2xx response: the code's class, or a generic/unknown one. */
export function createHttpError(init: HttpInit): SdkHttpError {
  if (!init.errorCode) return new UnknownHttpError(init);
  const Cls = ERROR_CLASSES[init.errorCode] ?? SdkHttpError;
  return new Cls(init);
}

function findHeader(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // An HTTP-date names its day and month ("Wed, 21 Oct 2026 07:28:00 GMT"); Date.parse alone would take "-3" for a year.
  if (!/[A-Za-z]/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export type CallbackErrorReason =
  | 'missing_signature'
  | 'malformed_signature'
  | 'invalid_signature'
  | 'invalid_json'
  | 'unknown_event'
  | 'schema_mismatch'
  | 'body_too_large';

/** A callback was rejected: it is not authentic or not a valid event. Never act on it. */
export class CallbackError extends SdkError {
  readonly reason: CallbackErrorReason;
  /** The failing fields, for `schema_mismatch`. */
  readonly fields: string[] | undefined;
  /** One line on what to change, for `invalid_signature`. */
  readonly hint: string | undefined;
  constructor(reason: CallbackErrorReason, message: string, fields?: string[], hint?: string) {
    super('callback', hint ? `${message}. ${hint}` : message);
    this.reason = reason;
    this.fields = fields;
    this.hint = hint;
  }
}

// The protocol's error envelope and the HTTP status the sandbox pairs with each code
// (the protocol leaves HTTP statuses open; clients key on error_code).

export const ERROR_CODES = {
  '0001': { name: 'ValidationError', status: 400 },
  '0013': { name: 'InvalidCallback', status: 400 },
  '1001': { name: 'UnauthorizedClient', status: 401 },
  '1002': { name: 'InvalidGrantType', status: 400 },
  '1004': { name: 'AccessTokenExpired', status: 401 },
  '1006': { name: 'InvalidRefreshToken', status: 400 },
  '1007': { name: 'InvalidAccessToken', status: 401 },
  '1012': { name: 'Forbidden', status: 403 },
  '1013': { name: 'InvalidScope', status: 400 },
  '1018': { name: 'InvalidRealm', status: 400 },
  '2000': { name: 'TooManyRequests', status: 429 },
  '3001': { name: 'NotFound', status: 404 },
  '3003': { name: 'MethodNotAllowed', status: 405 },
  '3007': { name: 'InvalidAuthorizationHeader', status: 401 },
  '3012': { name: 'InvalidContentTypeHeader', status: 415 },
  '3013': { name: 'InvalidAcceptHeader', status: 406 },
  '4000': { name: 'InternalServerError', status: 500 },
  '4003': { name: 'RateUnavailable', status: 503 },
  '4006': { name: 'FunctionalityDown', status: 503 },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorEnvelope {
  error_code: ErrorCode;
  message: string;
  request_id: string;
  fields?: FieldError[];
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldError[]; status?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.code = code;
    this.fields = extra.fields;
    this.status = extra.status ?? ERROR_CODES[code].status;
    this.headers = extra.headers ?? {};
  }

  envelope(requestId: string): ErrorEnvelope {
    const body: ErrorEnvelope = { error_code: this.code, message: this.message, request_id: requestId };
    if (this.fields) body.fields = this.fields;
    return body;
  }
}

export function validationError(fields: FieldError[], message = 'Validation failed'): ApiError {
  return new ApiError('0001', `${message}: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, { fields });
}

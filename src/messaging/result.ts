/** A field that failed validation, named as the form or wire names it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * An error as it crosses the message boundary: plain data, because the
 * polyfill drops error classes. `code` is stable and machine-readable
 * (an API error code such as "1001", or one of ours such as "timeout").
 */
export interface WireError {
  code: string;
  message: string;
  requestId?: string;
  status?: number;
  fields?: FieldIssue[];
  /** Redacted diagnostic text a person may copy for support; never secrets. */
  details?: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: WireError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(error: WireError): Result<never> {
  return { ok: false, error };
}

import { formatText, type LocalText } from '../shared/local-text';

/** A field that failed validation, named as the form or wire names it. */
export interface FieldIssue {
  field: string;
  message: string;
  /** The message in words the page formats in the UI language; `message` is the English fallback. */
  text?: LocalText;
}

/**
 * An error as it crosses the message boundary: plain data, because the
 * polyfill drops error classes. `code` is stable and machine-readable
 * (an API error code such as "1001", or one of ours such as "timeout").
 */
export interface WireError {
  code: string;
  /** English, technical: for logs and "Copy details". Pages show `text` (see `errorText`). */
  message: string;
  /** What to tell the user, in words the page formats in the UI language. */
  text?: LocalText;
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

/** The sentence a page shows for an error, in the UI language. */
export function errorText(error: WireError): string {
  return error.text ? formatText(error.text) : error.message;
}

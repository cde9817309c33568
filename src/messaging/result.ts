import { formatText, type LocalText } from '../shared/local-text';

/** A field that failed validation, named as the form or wire names it. */
export interface FieldIssue {
  field: string;
  message: string;
  /** What the form shows beside the field, formatted in the UI language. */
  text: LocalText;
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
  /** What to tell the user (what happened, what to do), formatted by the page in the UI language. */
  text: LocalText;
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
  return formatText(error.text);
}

/** The sentence a form shows beside a field, in the UI language. */
export function issueText(issue: FieldIssue): string {
  return formatText(issue.text);
}

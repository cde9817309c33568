/**
 * The errors a create attempt ends with when its outcome is not a plain success: words
 * for the cashier naming the sale code, and the cause (if any) in the details for support.
 */
import { text } from '../../shared/local-text';
import { AppError, toWireError } from '../platform/errors';

/** The cause, as "Copy details" should show it: its code, English sentence and details. */
function causeOf(cause: unknown): string {
  const wire = toWireError(cause);
  return [`Cause: ${wire.code}: ${wire.message}`, wire.requestId ? `Cause request id: ${wire.requestId}` : null, wire.details ?? null]
    .filter((line): line is string => line !== null)
    .join('\n');
}

export function uncertain(saleCode: string, cause: unknown): AppError {
  return new AppError('create_uncertain', text('error_create_uncertain', `#${saleCode}`), undefined, causeOf(cause));
}

export function notCreated(saleCode: string, cause: unknown): AppError {
  return new AppError('not_created', text('error_not_created', `#${saleCode}`), undefined, causeOf(cause));
}

export function held(saleCode: string): AppError {
  return new AppError('create_held', text('error_create_held', `#${saleCode}`));
}

export function ended(saleCode: string, status: string): AppError {
  return new AppError('create_ended', text('error_create_ended', `#${saleCode}`), undefined, `Status: ${status}`);
}

export function searchTooLong(saleCode: string, most: number): AppError {
  return new AppError('create_uncertain', text('error_create_search_too_long', most, `#${saleCode}`));
}

export function notLoaded(saleCode: string, cause: unknown): AppError {
  return new AppError('created_not_loaded', text('error_created_not_loaded', `#${saleCode}`), undefined, causeOf(cause));
}

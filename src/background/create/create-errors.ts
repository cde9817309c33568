/**
 * The errors a create attempt ends with when its outcome is not a plain success: English
 * for "Copy details" (with the cause), and words for the cashier naming the sale code.
 */
import { text } from '../../shared/local-text';
import { AppError, toWireError } from '../platform/errors';

export function uncertain(saleCode: string, cause: unknown): AppError {
  return new AppError(
    'create_uncertain',
    `WebPOS could not be asked whether an order with sale code #${saleCode} was made ` +
      `(${toWireError(cause).message}) It is checked again by itself; no second order will be made.`,
    text('error_create_uncertain', `#${saleCode}`),
  );
}

export function notCreated(saleCode: string, cause: unknown): AppError {
  return new AppError(
    'not_created',
    `${toWireError(cause).message} WebPOS was then asked: no order carries sale code #${saleCode}, so none was made. ` +
      `Press Create order to try again.`,
    text('error_not_created', `#${saleCode}`),
  );
}

export function held(saleCode: string): AppError {
  return new AppError(
    'create_held',
    `An order with this sale's code #${saleCode} exists but already has money on it, although this till never showed its QR code. ` +
      `It is not counted as this sale. Look at it in the Orders list before taking any payment.`,
    text('error_create_held', `#${saleCode}`),
  );
}

export function ended(saleCode: string, status: string): AppError {
  return new AppError(
    'create_ended',
    `The order for sale #${saleCode} was made but is already ${status}, with nothing paid. Press Create order to make a new one.`,
    text('error_create_ended', `#${saleCode}`),
  );
}

export function searchTooLong(saleCode: string, most: number): AppError {
  return new AppError(
    'create_uncertain',
    `More than ${most} orders were made since sale #${saleCode} started.`,
    text('error_create_search_too_long', most, `#${saleCode}`),
  );
}

export function notLoaded(saleCode: string, cause: unknown): AppError {
  return new AppError(
    'created_not_loaded',
    `The order was made (sale #${saleCode}) but could not be loaded: ${toWireError(cause).message} ` +
      `Press Create order again to load it; no second order will be made.`,
    text('error_created_not_loaded', `#${saleCode}`),
  );
}

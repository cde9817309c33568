import browser from 'webextension-polyfill';
import { text } from '../shared/local-text';
import type { MessageType, RequestOf, ResponseOf } from './protocol';
import type { Result } from './result';

/** Sends a typed message to the background and returns its result; never throws. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type, payload });
    if (isResult(reply)) return reply as Result<ResponseOf<T>>;
    return { ok: false, error: { code: 'no_reply', message: 'The background did not answer. Reload the extension and try again.', text: text('error_no_reply') } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'no_reply', message: `The background could not be reached: ${message}`, text: text('error_no_reply') } };
  }
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

import type { Envelope, MessageMap, MessageType, RequestOf, ResponseOf } from './protocol';
import { text } from '../shared/local-text';
import type { Result, WireError } from './result';

export type Handler<T extends MessageType> = (payload: RequestOf<T>) => Promise<ResponseOf<T>>;
/** The handlers of some message types, e.g. those one feature folder of the worker owns. */
export type HandlersFor<T extends MessageType> = { [K in T]: Handler<K> };
export type Handlers = HandlersFor<MessageType>;

/** The parts of `runtime.MessageSender` the router judges a sender by. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface RouterOptions {
  extensionId: string;
  /** e.g. "chrome-extension://abc/" — the origin of this extension's own pages. */
  extensionOrigin: string;
  /** Turns any thrown value into plain error data. */
  toWireError: (error: unknown) => WireError;
}

/**
 * One listener for every message: checks the sender, looks the type up in the
 * handler map and always answers with a Result, never with undefined.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    if (!isOwnPage(sender, options)) {
      return { ok: false, error: { code: 'forbidden_sender', message: 'Only this extension’s own pages may send messages.', text: text('error_bad_request') } };
    }
    if (!isEnvelope(message)) {
      return { ok: false, error: { code: 'bad_message', message: 'The message has no known type.', text: text('error_bad_request') } };
    }
    if (!Object.hasOwn(handlers, message.type)) {
      return { ok: false, error: { code: 'unknown_type', message: `Unknown message type “${message.type}”.`, text: text('error_bad_request') } };
    }
    const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
    try {
      return { ok: true, data: await handler(message.payload) };
    } catch (error) {
      return { ok: false, error: options.toWireError(error) };
    }
  };
}

/** A message or port from this extension's own pages, never a content script or another extension. */
export function isOwnPage(sender: SenderInfo, options: Pick<RouterOptions, 'extensionId' | 'extensionOrigin'>): boolean {
  // Content scripts carry a tab and a web page URL; other extensions carry another id.
  if (sender.id !== options.extensionId) return false;
  if (typeof sender.url !== 'string' || !sender.url.startsWith(options.extensionOrigin)) return false;
  return true;
}

function isEnvelope(message: unknown): message is Envelope<keyof MessageMap> & { type: string } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    'payload' in message
  );
}

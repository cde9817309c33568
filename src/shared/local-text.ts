/**
 * Words the worker means but does not spell: a catalogue key with its parameters. The
 * worker sends these across the message boundary; pages and notifications format them
 * in the UI language with `formatText`.
 */
import { t, type MessageKey, type MessageParams } from './i18n';

export interface LocalText {
  key: MessageKey;
  params?: MessageParams;
}

export function text(key: MessageKey, ...params: MessageParams): LocalText {
  return params.length ? { key, params } : { key };
}

export function formatText(local: LocalText): string {
  return t(local.key, ...(local.params ?? []));
}

/** Whether a value read back from storage or a message has the shape of a LocalText. */
export function isLocalText(value: unknown): value is LocalText {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  return typeof key === 'string' && (params === undefined || (Array.isArray(params) && params.every((p) => typeof p === 'string' || typeof p === 'number')));
}

export { Client } from './client';
export { HOSTS, DEFAULT_TIMEOUT_SECONDS, type ClientConfig, type Mode, type FetchLike } from './config';
export { MemoryCache, type CacheAdapter } from './cache';
export { API_VERSION } from './http';
export { safetyMarginSeconds, type CachedToken } from './auth';
export {
  CallbacksHandler,
  verifySignature,
  computeSignature,
  MAX_CALLBACK_BODY_BYTES,
  SIGNATURE_HEADER,
  type CallbacksHandlerOptions,
  INVALID_SIGNATURE_HINT,
  type HeadersLike,
} from './callbacks';
export {
  MemoryIdempotencyStore,
  callbackKey,
  type IdempotencyStore,
  type IdempotencyClaim,
  type CallbackOutcome,
  type CallbackOnceOptions,
} from './callback-once';
export {
  explainSignatureMismatch,
  MISMATCH_CAUSE_IDS,
  type MismatchCauseId,
  type SignatureMismatchCause,
} from './mismatch';
export * from './schemas';
export * from './errors';
export type { FieldIssue } from './rules';
export { REDACTED } from './redact';
export { validatePaymentOrderCreation, validateGetPaymentOrdersQuery } from './validation';

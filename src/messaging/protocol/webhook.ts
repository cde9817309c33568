/** The devtools verifier: check and sign a callback with the saved or a pasted secret. */
import type { CallbackErrorReason } from '../../sdk';

export type SecretSource = 'stored' | 'pasted';

/** Why a webhook was rejected: the SDK's own reasons. */
export type WebhookFailureReason = CallbackErrorReason;

/** One explanation of a signature mismatch: a variant of the input that does match. */
export interface WebhookDiagnosis {
  id: string;
  /** What happened, e.g. "A trailing newline was added to the body after signing". */
  title: string;
  /** What the receiving server must change. */
  fix: string;
}

export interface WebhookEventSummary {
  event: string;
  createdAt: string;
  orderUuid: string | null;
  amount: string | null;
  status: string | null;
}

export interface WebhookVerdict {
  /**
   * Accepted as a callback: authentic AND a well-formed known event, exactly what
   * the SDK's CallbacksHandler accepts (fail closed).
   */
  valid: boolean;
  /** The signature matches the body with the secret used; may be true while `valid` is false (e.g. empty body). */
  signatureValid: boolean;
  /** UTF-8 size of the body checked. */
  bodyBytes: number;
  reason: WebhookFailureReason | null;
  /** One plain sentence: why it is valid or not. */
  message: string;
  secretSource: SecretSource;
  /** When a stored and a pasted secret differ: which one the signature matches. */
  matchingSecret: SecretSource | null;
  fields: string[];
  diagnoses: WebhookDiagnosis[];
  summary: WebhookEventSummary | null;
  /** Pretty-printed JSON of the body when it parses. */
  prettyBody: string | null;
}

export interface WebhookMessages {
  'webhook.verify': { request: { body: string; signature: string; secret?: string }; response: WebhookVerdict };
  'webhook.sign': { request: { body: string; secret?: string }; response: { signature: string; secretSource: SecretSource } };
}

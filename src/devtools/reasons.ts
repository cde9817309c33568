import type { WebhookFailureReason } from '../messaging/protocol';

/** Short names of the failure reasons, for the history and badges. */
export const REASON_LABELS: Record<WebhookFailureReason, string> = {
  missing_signature: 'No signature',
  malformed_signature: 'Malformed signature',
  invalid_signature: 'Signature mismatch',
  invalid_json: 'Body not JSON',
  unknown_event: 'Unknown event',
  schema_mismatch: 'Schema mismatch',
  body_too_large: 'Body too large',
};

export type VerdictTone = 'valid' | 'rejected' | 'invalid';

/** Green: accepted. Amber: authentic but not a callback. Red: not authentic. */
export function verdictTone(v: { valid: boolean; signatureValid: boolean }): VerdictTone {
  if (v.valid) return 'valid';
  return v.signatureValid ? 'rejected' : 'invalid';
}

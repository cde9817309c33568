import type { WebhookFailureReason } from '../messaging/protocol';
import type { MessageKey } from '../shared/i18n';

/** Short names of the failure reasons, for the history and badges (catalogue keys). */
export const REASON_LABELS: Record<WebhookFailureReason, MessageKey> = {
  missing_signature: 'panel_reason_missing_signature',
  malformed_signature: 'panel_reason_malformed_signature',
  invalid_signature: 'panel_reason_invalid_signature',
  invalid_json: 'panel_reason_invalid_json',
  unknown_event: 'panel_reason_unknown_event',
  schema_mismatch: 'panel_reason_schema_mismatch',
  body_too_large: 'panel_reason_body_too_large',
};

export type VerdictTone = 'valid' | 'rejected' | 'invalid';

/** Green: accepted. Amber: authentic but not a callback. Red: not authentic. */
export function verdictTone(v: { valid: boolean; signatureValid: boolean }): VerdictTone {
  if (v.valid) return 'valid';
  return v.signatureValid ? 'rejected' : 'invalid';
}

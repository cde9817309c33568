/** Our own verdict on a delivery the sandbox made: the SDK decides, with the saved secret. */
import { CallbacksHandler, SIGNATURE_HEADER, verifySignature } from '../../sdk';
import type { DeliveryVerdict } from '../../messaging/protocol';
import { text, type LocalText } from '../../shared/local-text';

export interface Judgement {
  verdict: DeliveryVerdict;
  verdictMessage: LocalText;
}

export async function judgeDelivery(secret: string | null, body: string, signature: string): Promise<Judgement> {
  if (!secret) return { verdict: 'unchecked', verdictMessage: text('events_verdict_unchecked_text') };
  if (!(await verifySignature(secret, body, signature))) return { verdict: 'invalid', verdictMessage: text('events_verdict_invalid_text') };
  try {
    const event = await new CallbacksHandler({ secret }).parse([[SIGNATURE_HEADER, signature]], body);
    return { verdict: 'valid', verdictMessage: text('events_verdict_valid_text', event.event) };
  } catch {
    return { verdict: 'rejected', verdictMessage: text('events_verdict_rejected_text') };
  }
}

/** Our own verdict on a delivery the sandbox made: the SDK decides, with the saved secret. */
import { CallbackError, CallbacksHandler, SIGNATURE_HEADER, verifySignature } from '../../sdk';
import type { DeliveryVerdict } from '../../messaging/protocol';

export interface Judgement {
  verdict: DeliveryVerdict;
  verdictMessage: string;
}

export async function judgeDelivery(secret: string | null, body: string, signature: string): Promise<Judgement> {
  if (!secret) return { verdict: 'unchecked', verdictMessage: 'No secret is saved in the options, so the signature was not checked.' };
  if (!(await verifySignature(secret, body, signature))) {
    return { verdict: 'invalid', verdictMessage: 'The signature does not match this body with the saved secret: a receiver using it rejects this callback.' };
  }
  try {
    const event = await new CallbacksHandler({ secret }).parse([[SIGNATURE_HEADER, signature]], body);
    return { verdict: 'valid', verdictMessage: `The signature matches the body with the saved secret: a genuine ${event.event} callback.` };
  } catch (error) {
    const why = error instanceof CallbackError ? error.message : String(error);
    return { verdict: 'rejected', verdictMessage: `The signature matches, but the SDK still rejects the body: ${why}` };
  }
}

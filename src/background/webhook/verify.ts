/**
 * The verdict on one pasted webhook: the SDK's CallbacksHandler decides
 * (fail closed), this file explains. Check order: missing signature →
 * malformed signature → body too large → signature mismatch (diagnosed) →
 * JSON, event and schema. The first three are string checks made before any
 * hashing; from then on the order is exactly the SDK's.
 */
import { CallbackError, CallbacksHandler, MAX_CALLBACK_BODY_BYTES, SIGNATURE_HEADER, type CallbackEvent } from '../../sdk';
import type { SecretSource, WebhookDiagnosis, WebhookEventSummary, WebhookVerdict } from '../../messaging/protocol';
import { diagnoseMismatch, diagnoseSecret, findMatchingSecret } from '../../sdk/mismatch';
import { WebhookInputError } from './errors';
import { readSignature, type RepairedSignature } from '../../sdk/signature-format';

/** A secret to try, labelled with where it came from (the label is said, the secret never). */
interface CandidateSecret {
  label: SecretSource;
  secret: string;
}

export interface VerifyInput {
  body: string;
  signature: string;
  /** Pasted in the panel for this check only; null when blank. */
  pasted: string | null;
  /** Saved in the options; null when none. */
  stored: string | null;
}

const REJECTED = 'A server using the WebPOS SDK rejects it.';

export async function verifyWebhook(input: VerifyInput): Promise<WebhookVerdict> {
  const secrets = candidateSecrets(input.pasted, input.stored);
  const primary = secrets[0] as CandidateSecret;
  const bodyBytes = utf8Length(input.body);
  const base: WebhookVerdict = {
    valid: false,
    signatureValid: false,
    bodyBytes,
    reason: null,
    message: '',
    secretSource: primary.label,
    matchingSecret: null,
    fields: [],
    diagnoses: [],
    summary: null,
    prettyBody: null,
  };

  const shape = readSignature(input.signature);
  if (shape.kind === 'missing') {
    return {
      ...base,
      reason: 'missing_signature',
      message: `No signature was given. Paste the value of the ${SIGNATURE_HEADER} header: a request without one is not from WebPOS. ${REJECTED}`,
    };
  }
  const tooLarge = bodyBytes > MAX_CALLBACK_BODY_BYTES;
  if (shape.kind === 'malformed') {
    const explained = shape.repaired && !tooLarge ? await explainRepaired(input.body, shape.repaired, secrets) : null;
    return {
      ...base,
      reason: 'malformed_signature',
      message: `${shape.message} ${REJECTED}`,
      matchingSecret: explained?.matchingSecret ?? null,
      diagnoses: explained?.diagnoses ?? (shape.repaired ? [{ id: shape.repaired.id, title: shape.repaired.title, fix: shape.repaired.fix }] : []),
    };
  }
  if (tooLarge) {
    return {
      ...base,
      reason: 'body_too_large',
      message: `The body is ${formatBytes(bodyBytes)}; callbacks larger than ${formatBytes(MAX_CALLBACK_BODY_BYTES)} are refused before any hashing. ${REJECTED}`,
    };
  }

  const handler = new CallbacksHandler({ secret: primary.secret });
  try {
    const event = await handler.parse([[SIGNATURE_HEADER, shape.base64]], input.body);
    const withOther = secrets.length > 1 ? ` with the ${primary.label} secret (not the ${otherSource(primary.label)} one)` : ` with the ${primary.label} secret`;
    return {
      ...base,
      valid: true,
      signatureValid: true,
      matchingSecret: secrets.length > 1 ? primary.label : null,
      message: `The signature matches the body${withOther}: this is a genuine ${event.event} callback.`,
      summary: summarize(event),
      prettyBody: prettyJson(input.body),
    };
  } catch (error) {
    if (!(error instanceof CallbackError)) throw error;
    if (error.reason === 'invalid_signature') return mismatch(base, input.body, shape.base64, secrets);
    // From here on the signature is valid: the body is authentic but not a callback.
    const valid = { ...base, signatureValid: true, matchingSecret: secrets.length > 1 ? primary.label : null, reason: error.reason };
    if (error.reason === 'invalid_json') return { ...valid, message: `${notJsonReason(input.body)}, so it is not a WebPOS callback. ${REJECTED}` };
    const prettyBody = prettyJson(input.body);
    if (error.reason === 'unknown_event') {
      return { ...valid, prettyBody, message: `${unknownEventReason(input.body)}, so it is not a WebPOS callback. ${REJECTED}` };
    }
    if (error.reason === 'schema_mismatch') {
      const fields = error.fields ?? [];
      const detail = error.message.includes(': ') ? error.message.slice(error.message.indexOf(': ') + 2) : fields.join(', ');
      return {
        ...valid,
        prettyBody,
        fields,
        message: `The body does not match the WebPOS callback schema: ${detail}. ${REJECTED}`,
      };
    }
    throw error;
  }
}

async function mismatch(base: WebhookVerdict, body: string, signature: string, secrets: CandidateSecret[]): Promise<WebhookVerdict> {
  const primary = secrets[0] as CandidateSecret;
  const notMatching = `The signature does not match this body with the ${primary.label} secret.`;
  const other = await findMatchingSecret(body, signature, secrets.slice(1));
  if (other) {
    return {
      ...base,
      reason: 'invalid_signature',
      matchingSecret: other.label,
      message: `${notMatching} It matches the ${other.label} secret instead: the ${primary.label} secret is not the one this callback was signed with.`,
      diagnoses: await diagnoseSecret(body, signature, primary),
    };
  }
  const diagnoses = await diagnoseMismatch(body, signature, secrets);
  return {
    ...base,
    reason: 'invalid_signature',
    message: diagnoses.length
      ? `${notMatching} It matches once one common change is undone; see below. ${REJECTED}`
      : `${notMatching} None of the usual accidental changes explain it: the body was altered after signing (an edited amount, say) or it was signed with a different secret. ${REJECTED}`,
    diagnoses,
  };
}

/** A malformed signature that decodes once repaired: is it the right MAC? */
async function explainRepaired(
  body: string,
  repaired: RepairedSignature,
  secrets: CandidateSecret[],
): Promise<{ diagnoses: WebhookDiagnosis[]; matchingSecret: SecretSource | null }> {
  const primary = secrets[0] as CandidateSecret;
  const match = await findMatchingSecret(body, repaired.base64, secrets);
  if (match) {
    const which = match.label === primary.label ? `the ${match.label} secret` : `the ${match.label} secret (not the ${primary.label} one)`;
    return {
      matchingSecret: secrets.length > 1 ? match.label : null,
      diagnoses: [{ id: repaired.id, title: `${repaired.title} Decoded, it is the right HMAC of this body with ${which}.`, fix: repaired.fix }],
    };
  }
  const more = await diagnoseMismatch(body, repaired.base64, secrets);
  return {
    matchingSecret: null,
    diagnoses: [
      { id: repaired.id, title: `${repaired.title} Even decoded, it does not match this body with the ${primary.label} secret.`, fix: repaired.fix },
      ...more,
    ],
  };
}

function candidateSecrets(pasted: string | null, stored: string | null): CandidateSecret[] {
  const out: CandidateSecret[] = [];
  if (pasted) out.push({ label: 'pasted', secret: pasted });
  if (stored && stored !== pasted) out.push({ label: 'stored', secret: stored });
  if (out.length === 0) {
    throw new WebhookInputError('no_secret', 'No secret to check with: none is saved in the options and none was pasted. Paste the secret, or save it in the options.');
  }
  return out;
}

function otherSource(source: SecretSource): SecretSource {
  return source === 'pasted' ? 'stored' : 'pasted';
}

function summarize(event: CallbackEvent): WebhookEventSummary {
  const order = event.object;
  const currency = order.currency?.name ? ` ${order.currency.name}` : '';
  const { status, blockchain_status: chain } = order.state;
  return {
    event: event.event,
    createdAt: event.created_at,
    orderUuid: order.uuid,
    amount: `${order.amount}${currency}`,
    status: chain === status ? status : `${status} (blockchain: ${chain})`,
  };
}

function notJsonReason(body: string): string {
  if (body === '') return 'The body is empty';
  if (body.trim() === '') return 'The body is only whitespace';
  try {
    const value: unknown = JSON.parse(body);
    return `The body is JSON but ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, not an object`;
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 160) : String(error);
    return `The body is not JSON (${detail})`;
  }
}

function unknownEventReason(body: string): string {
  const event = (JSON.parse(body) as { event?: unknown }).event;
  if (event === undefined) return 'The body has no "event" field';
  const shown = JSON.stringify(event) ?? typeof event;
  return `The event ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown} is not a WebPOS callback event`;
}

function prettyJson(body: string): string | null {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return null;
  }
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2).replace(/\.?0+$/, '')} MiB`;
}

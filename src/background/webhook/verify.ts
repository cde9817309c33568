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
import { english } from '../../shared/english';
import { verdictSentence, type Speaker } from '../../messaging/verdict-sentence';

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

/** The verdict's sentence in English (logs), from the same builder and keys as the panel's. */
const ENGLISH: Speaker = { t: english, locale: 'en' };

export async function verifyWebhook(input: VerifyInput): Promise<WebhookVerdict> {
  const verdict = await judge(input);
  // A malformed signature keeps the SDK's own account of what is wrong with it (the panel shows it as the cause).
  const message =
    verdict.reason === 'malformed_signature' ? `${verdict.message} ${english('panel_verdict_sdk_rejects')}` : verdictSentence(ENGLISH, verdict);
  return { ...verdict, message };
}

async function judge(input: VerifyInput): Promise<WebhookVerdict> {
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
    };
  }
  const tooLarge = bodyBytes > MAX_CALLBACK_BODY_BYTES;
  if (shape.kind === 'malformed') {
    const explained = shape.repaired && !tooLarge ? await explainRepaired(input.body, shape.repaired, secrets) : null;
    return {
      ...base,
      reason: 'malformed_signature',
      message: shape.message,
      matchingSecret: explained?.matchingSecret ?? null,
      diagnoses: explained?.diagnoses ?? (shape.repaired ? [{ id: shape.repaired.id, title: shape.repaired.title, fix: shape.repaired.fix }] : []),
    };
  }
  if (tooLarge) {
    return {
      ...base,
      reason: 'body_too_large',
    };
  }

  const handler = new CallbacksHandler({ secret: primary.secret });
  try {
    const event = await handler.parse([[SIGNATURE_HEADER, shape.base64]], input.body);
    return {
      ...base,
      valid: true,
      signatureValid: true,
      matchingSecret: secrets.length > 1 ? primary.label : null,
      summary: summarize(event),
      prettyBody: prettyJson(input.body),
    };
  } catch (error) {
    if (!(error instanceof CallbackError)) throw error;
    if (error.reason === 'invalid_signature') return mismatch(base, input.body, shape.base64, secrets);
    // From here on the signature is valid: the body is authentic but not a callback.
    const valid = { ...base, signatureValid: true, matchingSecret: secrets.length > 1 ? primary.label : null, reason: error.reason };
    if (error.reason === 'invalid_json') return valid;
    const prettyBody = prettyJson(input.body);
    if (error.reason === 'unknown_event') {
      return { ...valid, prettyBody };
    }
    if (error.reason === 'schema_mismatch') {
      return { ...valid, prettyBody, fields: error.fields ?? [] };
    }
    throw error;
  }
}

async function mismatch(base: WebhookVerdict, body: string, signature: string, secrets: CandidateSecret[]): Promise<WebhookVerdict> {
  const primary = secrets[0] as CandidateSecret;
  const other = await findMatchingSecret(body, signature, secrets.slice(1));
  if (other) {
    return {
      ...base,
      reason: 'invalid_signature',
      matchingSecret: other.label,
      diagnoses: await diagnoseSecret(body, signature, primary),
    };
  }
  const diagnoses = await diagnoseMismatch(body, signature, secrets);
  return {
    ...base,
    reason: 'invalid_signature',
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
    throw new WebhookInputError('no_secret');
  }
  return out;
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

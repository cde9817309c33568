/**
 * Explains a signature mismatch by trying the usual mistakes and saying which
 * one reproduces the signature. Cost is bounded: a fixed list of body variants
 * (about 20) per candidate secret, and one cached HMAC key per secret.
 * Secrets are tried, never echoed.
 */
import { bodyText, charsetVariants, jsonVariants, whitespaceVariants, type BodyCauseId, type BodyVariant } from './body-variants';
import { verifySignature } from './callbacks';
import { readSignature, type SignatureFormatCauseId } from './signature-format';

export type SecretCauseId = 'secret-whitespace' | 'secret-quotes';

/** Every cause `explainSignatureMismatch` can name; the ids are stable (documented in the SDK README). */
export type MismatchCauseId = BodyCauseId | SignatureFormatCauseId | SecretCauseId | 'missing-signature' | 'body-altered-or-other-secret';

export const MISMATCH_CAUSE_IDS: readonly MismatchCauseId[] = [
  'missing-signature',
  'signature-quoted',
  'signature-prefixed',
  'hex-signature',
  'signature-wrapped',
  'base64url-signature',
  'base64-unpadded',
  'hmac-sha256-signature',
  'signature-wrong-length',
  'signature-not-base64',
  'trailing-newline-added',
  'trailing-newline-stripped',
  'whitespace-added',
  'crlf-added',
  'crlf-stripped',
  'signed-parsed-object',
  'json-pretty-2',
  'json-pretty-4',
  'json-pretty-tab',
  'json-python',
  'json-php',
  'json-sorted',
  'json-sorted-pretty',
  'json-sorted-python',
  'signed-object-string',
  'decoded-as-latin1',
  'encoded-as-latin1',
  'double-encoded',
  'secret-whitespace',
  'secret-quotes',
  'body-altered-or-other-secret',
];

/** One reason a signature does not match, and what to change. */
export interface SignatureMismatchCause {
  id: MismatchCauseId;
  /** What happened, in words a developer recognises. */
  title: string;
  /** One line: what the receiving server must change. */
  fix: string;
}

/** A secret to try, with a label used in titles ("the stored secret"); the value is never echoed. */
export interface LabelledSecret {
  label?: string;
  secret: string;
}

/**
 * Why `signature` is not the valid signature of `rawBody` under `secret`: the causes
 * found, most likely first. Resolves to `[]` when the signature is valid, and to
 * `[{ id: 'body-altered-or-other-secret' }]` when none of the usual changes explains it.
 */
export async function explainSignatureMismatch(
  secret: string,
  rawBody: string | Uint8Array,
  signature: string | null | undefined,
): Promise<SignatureMismatchCause[]> {
  const secrets = [{ secret }];
  const shape = readSignature(signature ?? '');
  if (shape.kind === 'missing') return [MISSING_SIGNATURE];
  if (shape.kind === 'malformed') {
    if (!shape.repaired) return [shape.cause];
    const { base64, ...cause } = shape.repaired;
    if (await verifySignature(secret, rawBody, base64)) {
      return [{ ...cause, title: `${cause.title} Decoded, it is the right HMAC of this body.` }];
    }
    return [cause, ...(await diagnoseMismatch(rawBody, base64, secrets))];
  }
  if (await verifySignature(secret, rawBody, shape.base64)) return [];
  const found = await diagnoseMismatch(rawBody, shape.base64, secrets);
  return found.length ? found : [UNEXPLAINED];
}

const MISSING_SIGNATURE: SignatureMismatchCause = {
  id: 'missing-signature',
  title: 'No chainside-signature value was given: a request without one is not from WebPOS.',
  fix: 'Read the chainside-signature header (header names are case-insensitive; Node lower-cases them) and pass its value.',
};

const UNEXPLAINED: SignatureMismatchCause = {
  id: 'body-altered-or-other-secret',
  title: 'None of the usual accidental changes explain it: the body was altered after signing (an edited amount, say) or it was signed with a different secret.',
  fix: 'Use the secret of the account, mode and server that sent the callback, and verify the bytes before anything edits them.',
};

/** The first candidate secret under which `signature` is the MAC of `body`, if any. */
export async function findMatchingSecret<S extends LabelledSecret>(
  body: string | Uint8Array,
  signatureBase64: string,
  secrets: readonly S[],
): Promise<S | null> {
  for (const candidate of secrets) {
    if (await verifySignature(candidate.secret, body, signatureBase64)) return candidate;
  }
  return null;
}

/**
 * Variants of the body, then of the secrets, that would make `signatureBase64` valid.
 * The first secret is the one the check used; a match under another is said so.
 */
export async function diagnoseMismatch(
  rawBody: string | Uint8Array,
  signatureBase64: string,
  secrets: readonly LabelledSecret[],
): Promise<SignatureMismatchCause[]> {
  const primary = secrets[0];
  if (!primary) return [];
  const { text, variants: byteVariants } = bodyText(rawBody);
  const variants = uniqueVariants(text, [...byteVariants, ...whitespaceVariants(text), ...jsonVariants(text), ...charsetVariants(text)]);
  for (const candidate of secrets) {
    for (const variant of variants) {
      if (await verifySignature(candidate.secret, variant.bytes, signatureBase64)) {
        return [toCause(variant, candidate === primary ? undefined : candidate.label, primary.label)];
      }
    }
  }
  for (const candidate of secrets) {
    const found = await diagnoseSecret(rawBody, signatureBase64, candidate);
    if (found.length) return found;
  }
  return [];
}

/** Whether the signature matches this secret once stray whitespace or quotes are removed from it. */
export async function diagnoseSecret(
  body: string | Uint8Array,
  signatureBase64: string,
  candidate: LabelledSecret,
): Promise<SignatureMismatchCause[]> {
  for (const variant of secretVariants(candidate)) {
    if (await verifySignature(variant.secret, body, signatureBase64)) {
      return [{ id: variant.id, title: variant.title, fix: variant.fix }];
    }
  }
  return [];
}

function toCause(variant: BodyVariant, otherLabel: string | undefined, primaryLabel: string | undefined): SignatureMismatchCause {
  const note = otherLabel ? ` (This matches with the ${otherLabel} secret, not the ${primaryLabel ?? 'given'} one.)` : '';
  return { id: variant.id, title: variant.title + note, fix: variant.fix };
}

/** Drops variants identical to the body or to an earlier variant (e.g. trim() equal to dropping one newline). */
function uniqueVariants(body: string, variants: BodyVariant[]): BodyVariant[] {
  const seen = new Set<string>([body]);
  return variants.filter((variant) => {
    if (typeof variant.bytes !== 'string') return true;
    if (seen.has(variant.bytes)) return false;
    seen.add(variant.bytes);
    return true;
  });
}

interface SecretVariant {
  id: SecretCauseId;
  title: string;
  fix: string;
  secret: string;
}

function secretVariants({ label, secret }: LabelledSecret): SecretVariant[] {
  const out: SecretVariant[] = [];
  const name = label ? `The ${label} secret` : 'The secret';
  const trimmed = secret.trim();
  if (trimmed !== secret && trimmed !== '') {
    out.push({
      id: 'secret-whitespace',
      title: `${name} has whitespace around it (a space, tab or line break); the signature matches the same secret without it.`,
      fix: 'Trim the secret where your server stores or loads it (.env files and copy-paste often add a trailing newline or space), and save it trimmed.',
      secret: trimmed,
    });
  }
  const unquoted = /^(["'`])(.+)\1$/s.exec(trimmed)?.[2];
  if (unquoted !== undefined) {
    out.push({
      id: 'secret-quotes',
      title: `${name} is wrapped in quotes; the signature matches the same secret without them.`,
      fix: 'Remove the quotes from the secret\'s value (a config format that keeps them, e.g. SECRET="…" read literally, adds them).',
      secret: unquoted,
    });
  }
  return out;
}

/**
 * Explains a signature mismatch by trying the usual mistakes and saying which
 * one reproduces the signature. Cost is bounded: a fixed list of body variants
 * (about 20) per candidate secret, and the SDK caches one HMAC key per secret.
 * Secrets are tried, never echoed.
 */
import { verifySignature } from '../../sdk';
import type { SecretSource, WebhookDiagnosis } from '../../messaging/protocol';
import { charsetVariants, jsonVariants, whitespaceVariants, type BodyVariant } from './body-variants';

export interface CandidateSecret {
  source: SecretSource;
  secret: string;
}

export interface SecretMatch {
  source: SecretSource;
}

/** The first candidate secret under which `signature` is the MAC of `body`, if any. */
export async function findMatchingSecret(
  body: string | Uint8Array<ArrayBuffer>,
  signatureBase64: string,
  secrets: readonly CandidateSecret[],
): Promise<CandidateSecret | null> {
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
  body: string,
  signatureBase64: string,
  secrets: readonly CandidateSecret[],
): Promise<WebhookDiagnosis[]> {
  const primary = secrets[0];
  if (!primary) return [];
  const variants = uniqueVariants(body, [...whitespaceVariants(body), ...jsonVariants(body), ...charsetVariants(body)]);
  for (const candidate of secrets) {
    for (const variant of variants) {
      if (await verifySignature(candidate.secret, variant.bytes, signatureBase64)) {
        return [toDiagnosis(variant, candidate.source === primary.source ? null : candidate.source, primary.source)];
      }
    }
  }
  for (const candidate of secrets) {
    const found = await diagnoseSecret(body, signatureBase64, candidate);
    if (found.length) return found;
  }
  return [];
}

/** Whether the signature matches this secret once stray whitespace or quotes are removed from it. */
export async function diagnoseSecret(
  body: string,
  signatureBase64: string,
  candidate: CandidateSecret,
): Promise<WebhookDiagnosis[]> {
  for (const variant of secretVariants(candidate)) {
    if (await verifySignature(variant.secret, body, signatureBase64)) {
      return [{ id: variant.id, title: variant.title, fix: variant.fix }];
    }
  }
  return [];
}

function toDiagnosis(variant: BodyVariant, otherSource: SecretSource | null, primary: SecretSource): WebhookDiagnosis {
  const note = otherSource ? ` (This matches with the ${otherSource} secret, not the ${primary} one.)` : '';
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
  id: string;
  title: string;
  fix: string;
  secret: string;
}

function secretVariants({ source, secret }: CandidateSecret): SecretVariant[] {
  const out: SecretVariant[] = [];
  const trimmed = secret.trim();
  if (trimmed !== secret && trimmed !== '') {
    out.push({
      id: 'secret-whitespace',
      title: `The ${source} secret has whitespace around it (a space, tab or line break); the signature matches the same secret without it.`,
      fix: 'Trim the secret where your server stores or loads it (.env files and copy-paste often add a trailing newline or space), and save it trimmed.',
      secret: trimmed,
    });
  }
  const unquoted = /^(["'`])(.+)\1$/s.exec(trimmed)?.[2];
  if (unquoted !== undefined) {
    out.push({
      id: 'secret-quotes',
      title: `The ${source} secret is wrapped in quotes; the signature matches the same secret without them.`,
      fix: 'Remove the quotes from the secret\'s value (a config format that keeps them, e.g. SECRET="…" read literally, adds them).',
      secret: unquoted,
    });
  }
  return out;
}

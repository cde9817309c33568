/**
 * The worked webhook signature examples of the protocol (signatures.json beside
 * this file). Every test that checks signatures reads them from here.
 */
import { readFileSync } from 'node:fs';

export interface SignatureVector {
  name: string;
  secret: string;
  body: string;
  signature: string;
  valid: boolean;
}

export const signatureVectors: SignatureVector[] = (
  JSON.parse(readFileSync(new URL('./signatures.json', import.meta.url), 'utf8')) as { vectors: SignatureVector[] }
).vectors;

export function signatureVector(namePrefix: string): SignatureVector {
  const found = signatureVectors.find((v) => v.name.startsWith(namePrefix));
  if (!found) throw new Error(`no signature vector named “${namePrefix}…”`);
  return found;
}

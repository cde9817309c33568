/**
 * The sale code: a marker unique to one create attempt that rides in the order's
 * `reference`, because the API has no idempotency key but echoes the reference back.
 * It proves which order an attempt made (see README, "Owning a created order").
 *
 * Format: 8 characters of Crockford base32 (no I, L, O, U: nothing to misread at a
 * till), 40 random bits, written `#K7QX2M9P`. A blank reference becomes the code
 * alone; a typed one gets it appended after a space.
 */

export const SALE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SALE_CODE_LENGTH = 8;
/** The protocol's limit on `reference`. */
export const REFERENCE_MAX = 300;
/** " #" plus the code. */
const SUFFIX_LENGTH = SALE_CODE_LENGTH + 2;
/** What the cashier may type into Reference, leaving room for the sale code. */
export const TYPED_REFERENCE_MAX = REFERENCE_MAX - SUFFIX_LENGTH;

const CODE = `[${SALE_CODE_ALPHABET}]{${SALE_CODE_LENGTH}}`;
const TRAILING_CODE = new RegExp(`(?:^|\\s)#(${CODE})$`);
const WHOLE_CODE = new RegExp(`^${CODE}$`);

type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
const cryptoFill: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/** A fresh code from the platform's CSPRNG (5 bytes = 40 bits = 8 base32 digits). */
export function newSaleCode(fill: RandomFill = cryptoFill): string {
  const bytes = fill(new Uint8Array(5));
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = SALE_CODE_LENGTH - 1; i >= 0; i--) code += SALE_CODE_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}

export function isSaleCode(value: unknown): value is string {
  return typeof value === 'string' && WHOLE_CODE.test(value);
}

/** The reference sent to WebPOS: the typed one (trimmed) with the code appended, or the code alone. */
export function referenceWithCode(typed: string | null | undefined, code: string): string {
  const text = (typed ?? '').trim();
  return text === '' ? `#${code}` : `${text} #${code}`;
}

/** The sale code an order's reference carries, or null (orders made elsewhere have none). */
export function saleCodeOf(reference: string | null | undefined): string | null {
  if (!reference) return null;
  return TRAILING_CODE.exec(reference)?.[1] ?? null;
}

/** The reference as the cashier typed it, without the sale code. */
export function typedReference(reference: string | null | undefined): string | null {
  if (!reference) return null;
  const text = reference.replace(TRAILING_CODE, '').trim();
  return text === '' ? null : text;
}

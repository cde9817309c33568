import { ConfigError } from './errors';

/**
 * A header value without the optional whitespace HTTP allows around it: spaces and tabs only
 * (RFC 9110 §5.6.3). `String.prototype.trim` would also drop NBSP, a BOM, U+2028 and the like,
 * which no HTTP stack produces: a signature carrying them was altered and is malformed.
 */
export function trimHeaderWhitespace(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, '');
}

/**
 * Fails closed on a secret that cannot be one: not a string, empty, or only whitespace (a
 * secret of spaces is a configuration accident, and would verify whatever it signed).
 */
export function requireSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== 'string' || secret.trim() === '') throw new ConfigError('secret', 'is required (not empty, not only whitespace)');
}

/**
 * The manager PIN is kept only as a PBKDF2-SHA-256 hash with a random salt. A PIN is
 * short, so the hash alone would not stop an offline guesser for long: what protects
 * it is that guesses go through the worker, which rate-limits them.
 */
import { base64ToBytes, bytesToBase64 } from '../../sdk/base64';
import { problem, tooLong, type Problem } from '../platform/errors';

export const PIN_ITERATIONS = 600_000;
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 32;

export interface PinRecord {
  v: 1;
  salt: string;
  iterations: number;
  hash: string;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256));
}

export async function hashPin(pin: string): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { v: 1, salt: bytesToBase64(salt), iterations: PIN_ITERATIONS, hash: bytesToBase64(await derive(pin, salt, PIN_ITERATIONS)) };
}

export async function pinMatches(pin: string, record: PinRecord): Promise<boolean> {
  const salt = base64ToBytes(record.salt);
  const expected = base64ToBytes(record.hash);
  if (!salt || !expected) return false;
  const actual = await derive(pin, salt, record.iterations);
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}

export function asPinRecord(value: unknown): PinRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const ok = r.v === 1 && typeof r.salt === 'string' && typeof r.hash === 'string' && typeof r.iterations === 'number' && r.iterations >= PIN_ITERATIONS;
  return ok ? (value as PinRecord) : null;
}

/** Why a new PIN is refused, or null. */
export function pinProblem(pin: unknown): Problem | null {
  if (typeof pin !== 'string' || pin.length < PIN_MIN_LENGTH) return problem('role_pin_too_short', PIN_MIN_LENGTH);
  if (pin.length > PIN_MAX_LENGTH) return tooLong(PIN_MAX_LENGTH);
  return null;
}

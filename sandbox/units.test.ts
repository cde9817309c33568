import { describe, expect, it } from 'vitest';
import { ADDRESS_PATTERN, bech32Verify, testnetAddressFor } from './address';
import { fiatToSats, formatBtc, formatFiat, parseFiatCents, satsToFiatCents } from './money';
import { signCallbackBody } from './signature';
import { seededRandom, uuidFrom } from './random';
import { signatureVectors } from '../test-vectors/signatures';

const vectors = signatureVectors;

describe('signature', () => {
  it.each(vectors)('$name', (v) => {
    expect(signCallbackBody(v.secret, Buffer.from(v.body, 'utf8')) === v.signature).toBe(v.valid);
    expect(signCallbackBody(v.secret, v.body) === v.signature).toBe(v.valid);
  });
});

describe('money', () => {
  it('parses and formats fiat', () => {
    expect(parseFiatCents('10')).toBe(1000);
    expect(parseFiatCents('10.5')).toBe(1050);
    expect(parseFiatCents('0.07')).toBe(7);
    expect(formatFiat(1050)).toBe('10.50');
    expect(formatFiat(7)).toBe('0.07');
  });
  it('converts at the fixed demo rate', () => {
    expect(fiatToSats(1000)).toBe(25_000);
    expect(satsToFiatCents(25_000)).toBe(1000);
    expect(formatBtc(25_000)).toBe('0.00025');
    expect(formatBtc(100_000_000)).toBe('1');
    expect(formatBtc(123_456_789)).toBe('1.23456789');
  });
});

describe('address', () => {
  it('is a deterministic, checksum-valid testnet bech32 address matching the protocol pattern', () => {
    const a = testnetAddressFor('c3a2b7e4-5f1d-4c8e-9a0b-1d2e3f4a5b6c');
    expect(a).toBe(testnetAddressFor('c3a2b7e4-5f1d-4c8e-9a0b-1d2e3f4a5b6c'));
    expect(a).not.toBe(testnetAddressFor('other'));
    expect(a).toMatch(/^tb1q[a-z0-9]{38}$/);
    expect(a).toMatch(ADDRESS_PATTERN);
    expect(bech32Verify(a)).toBe(true);
    expect(bech32Verify(a.slice(0, -1) + (a.endsWith('q') ? 'p' : 'q'))).toBe(false);
  });
  it('verifies a known BIP173 test vector', () => {
    expect(bech32Verify('tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx')).toBe(true);
  });
});

describe('random', () => {
  it('seeded uuids are deterministic and v4-shaped', () => {
    const a = uuidFrom(seededRandom(7));
    expect(a).toBe(uuidFrom(seededRandom(7)));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

import { randomBytes } from 'node:crypto';

/** A source of randomness: live orders use crypto, seeded demo data a deterministic PRNG. */
export interface RandomSource {
  /** Uniform float in [0, 1). */
  next(): number;
  bytes(count: number): Buffer;
}

export const cryptoRandom: RandomSource = {
  next: () => randomBytes(4).readUInt32BE(0) / 2 ** 32,
  bytes: (count) => randomBytes(count),
};

/** mulberry32: tiny, fast and deterministic for a given seed. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    bytes: (count) => {
      const out = Buffer.alloc(count);
      for (let i = 0; i < count; i++) out[i] = Math.floor(next() * 256);
      return out;
    },
  };
}

export function randomInt(random: RandomSource, min: number, maxInclusive: number): number {
  return min + Math.floor(random.next() * (maxInclusive - min + 1));
}

export function pick<T>(random: RandomSource, items: readonly T[]): T {
  const item = items[Math.floor(random.next() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function hex(random: RandomSource, byteCount: number): string {
  return random.bytes(byteCount).toString('hex');
}

/** A v4-shaped UUID from the given randomness. */
export function uuidFrom(random: RandomSource): string {
  const b = random.bytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

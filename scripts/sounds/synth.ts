/**
 * The two alert sounds, synthesized (no recording, no licence to track): a bright rising
 * two-note chime for "paid" and a softer, lower falling pair for "needs a look" (expired,
 * partly paid, dispute, chargeback). Each note is a sine with two quiet overtones and an
 * exponential decay, like a small bell; peaks stay well below full scale so neither is loud.
 */
export interface Note {
  /** Hz. */
  frequency: number;
  /** Seconds from the start of the sound. */
  start: number;
  /** Seconds for the note to fall to about 1/e of its level. */
  decay: number;
}

export interface SoundSpec {
  notes: readonly Note[];
  /** Seconds of the whole sound. */
  length: number;
  /** Peak level, 0..1 of full scale. */
  peak: number;
  /** Relative levels of the 2nd and 3rd partials. */
  overtones: readonly [number, number];
}

export const SAMPLE_RATE = 22_050;

export const SOUND_SPECS = {
  // E5 then A5: a rising fourth, the "ding-ding" of a till.
  paid: { notes: [{ frequency: 659.25, start: 0, decay: 0.16 }, { frequency: 880, start: 0.11, decay: 0.2 }], length: 0.7, peak: 0.45, overtones: [0.25, 0.08] },
  // A4 then F4: a gentle falling third, lower and rounder (fewer overtones), a little quieter.
  alert: { notes: [{ frequency: 440, start: 0, decay: 0.2 }, { frequency: 349.23, start: 0.16, decay: 0.26 }], length: 0.85, peak: 0.38, overtones: [0.12, 0.03] },
} as const satisfies Record<string, SoundSpec>;

const ATTACK_SECONDS = 0.006;
const RELEASE_SECONDS = 0.05;

/** The sound's samples, -1..1, peak-normalized to `spec.peak`, fading to silence at the end. */
export function synthesize(spec: SoundSpec, sampleRate = SAMPLE_RATE): Float64Array {
  const count = Math.round(spec.length * sampleRate);
  const samples = new Float64Array(count);
  const [second, third] = spec.overtones;
  for (const note of spec.notes) {
    const first = Math.round(note.start * sampleRate);
    for (let i = first; i < count; i++) {
      const t = (i - first) / sampleRate;
      const envelope = Math.min(1, t / ATTACK_SECONDS) * Math.exp(-t / note.decay);
      const phase = 2 * Math.PI * note.frequency * t;
      samples[i]! += envelope * (Math.sin(phase) + second * Math.sin(2 * phase) + third * Math.sin(3 * phase));
    }
  }
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  const releaseFrom = count - Math.round(RELEASE_SECONDS * sampleRate);
  for (let i = 0; i < count; i++) {
    const release = i < releaseFrom ? 1 : (count - 1 - i) / (count - 1 - releaseFrom);
    samples[i] = (samples[i]! / max) * spec.peak * release;
  }
  return samples;
}

/** A 16-bit mono PCM WAV file of the samples. */
export function encodeWav(samples: Float64Array, sampleRate = SAMPLE_RATE): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => [...text].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // PCM header size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32767), true));
  return bytes;
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOUND_FILES, SOUND_NAMES } from '../../src/shared/sound';
import { encodeWav, SAMPLE_RATE, SOUND_SPECS, synthesize } from './synth';

const publicDir = resolve(import.meta.dirname, '..', '..', 'public');

describe('alert sounds', () => {
  it.each(SOUND_NAMES)('public/%s is exactly what scripts/sounds/make.ts writes', (name) => {
    const committed = readFileSync(resolve(publicDir, SOUND_FILES[name]));
    expect(Buffer.from(encodeWav(synthesize(SOUND_SPECS[name]))).equals(committed)).toBe(true);
  });

  it.each(SOUND_NAMES)('%s is short, not loud, and starts and ends in silence', (name) => {
    const samples = synthesize(SOUND_SPECS[name]);
    expect(samples.length / SAMPLE_RATE).toBeLessThan(1);
    const peak = Math.max(...samples.map(Math.abs));
    expect(peak).toBeLessThanOrEqual(0.5);
    expect(peak).toBeGreaterThan(0.2);
    expect(Math.abs(samples[0]!)).toBeLessThan(0.01);
    expect(Math.abs(samples[samples.length - 1]!)).toBe(0);
  });

  it('the alert is lower and quieter than the paid chime', () => {
    const top = (name: keyof typeof SOUND_SPECS) => Math.max(...SOUND_SPECS[name].notes.map((n) => n.frequency));
    expect(top('alert')).toBeLessThan(Math.min(...SOUND_SPECS.paid.notes.map((n) => n.frequency)));
    expect(SOUND_SPECS.alert.peak).toBeLessThan(SOUND_SPECS.paid.peak);
  });

  it('writes a valid 16-bit mono PCM WAV header', () => {
    const wav = encodeWav(new Float64Array([0, 1, -1]));
    const view = new DataView(wav.buffer);
    expect(new TextDecoder().decode(wav.slice(0, 4))).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
    expect(view.getUint32(40, true)).toBe(6);
    expect([view.getInt16(44, true), view.getInt16(46, true), view.getInt16(48, true)]).toEqual([0, 32767, -32767]);
  });
});

/** `npx tsx scripts/sounds/make.ts`: writes public/sounds/*.wav from scripts/sounds/synth.ts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeWav, SOUND_SPECS, synthesize } from './synth.ts';

const dir = resolve(import.meta.dirname, '..', '..', 'public', 'sounds');
mkdirSync(dir, { recursive: true });
for (const [name, spec] of Object.entries(SOUND_SPECS)) {
  const file = resolve(dir, `${name}.wav`);
  writeFileSync(file, encodeWav(synthesize(spec)));
  console.log(`wrote ${file}`);
}

/**
 * Plays an alert sound in a document that has a DOM (the offscreen document, the Firefox
 * event page) through one <audio> element per sound, kept in the page and rewound for the
 * next play. The element's own `played` ranges tell afterwards what was heard.
 */
import { SOUND_FILES, type SoundName } from './sound';

/** Below full volume: the files already peak under half scale, so this stays gentle. */
const VOLUME = 0.7;

export async function playInDocument(doc: Document, sound: SoundName, urlOf: (path: string) => string): Promise<void> {
  let audio = doc.querySelector<HTMLAudioElement>(`audio[data-sound="${sound}"]`);
  if (!audio) {
    audio = doc.createElement('audio');
    audio.dataset.sound = sound;
    audio.preload = 'auto';
    audio.src = urlOf(SOUND_FILES[sound]);
    audio.volume = VOLUME;
    doc.body.append(audio);
  }
  audio.currentTime = 0;
  await audio.play();
}

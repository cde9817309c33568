/** Firefox: the event page has a DOM and plays the sound itself. */
import type { SoundName } from '../../shared/sound';
import { playInDocument } from '../../shared/sound-element';
import type { SoundPlayer } from './player';

export class PagePlayer implements SoundPlayer {
  readonly #page: Document;
  readonly #urlOf: (path: string) => string;

  constructor(page: Document, urlOf: (path: string) => string) {
    this.#page = page;
    this.#urlOf = urlOf;
  }

  play(sound: SoundName): Promise<void> {
    return playInDocument(this.#page, sound, this.#urlOf);
  }
}

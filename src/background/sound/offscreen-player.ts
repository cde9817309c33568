/**
 * Chromium: plays through an offscreen document (reason AUDIO_PLAYBACK, which may play
 * without a user gesture). The document is made on the first sound and reused; Chromium
 * closes it itself after about 30 s without audio, so the next sound makes it again.
 */
import type { PlaySoundMessage, SoundName } from '../../shared/sound';
import type { SoundPlayer } from './player';

export const OFFSCREEN_PAGE = 'src/offscreen/index.html';

export interface OffscreenApis {
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
  /** runtime.sendMessage: the offscreen document's answer. */
  send(message: PlaySoundMessage): Promise<unknown>;
}

export class OffscreenPlayer implements SoundPlayer {
  readonly #apis: OffscreenApis;
  #opening: Promise<void> | null = null;

  constructor(apis: OffscreenApis) {
    this.#apis = apis;
  }

  async play(sound: SoundName): Promise<void> {
    let reply: unknown;
    try {
      await this.#open();
      reply = await this.#apis.send({ type: 'sound.play', sound });
    } catch {
      // The document may have closed itself between the check and the message: once more.
      await this.#open();
      reply = await this.#apis.send({ type: 'sound.play', sound });
    }
    const answer = reply as { played?: unknown; failed?: unknown } | undefined;
    if (answer?.played === sound) return;
    throw new Error(`The offscreen document did not play ${sound}: ${typeof answer?.failed === 'string' ? answer.failed : 'no answer'}`);
  }

  /** One document at a time: concurrent sounds wait for the same creation. */
  #open(): Promise<void> {
    this.#opening ??= this.#create().finally(() => (this.#opening = null));
    return this.#opening;
  }

  async #create(): Promise<void> {
    if (await this.#apis.hasDocument()) return;
    try {
      await this.#apis.createDocument();
    } catch (error) {
      // Made meanwhile by someone else (only one may exist): that one will do.
      if (!(await this.#apis.hasDocument())) throw error;
    }
  }
}

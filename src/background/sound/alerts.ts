/**
 * The sound part of the indicators: when an order made here changes state, play the
 * matching sound once, if the merchant left sound on. Advisory like the badge: a failure
 * is logged, never thrown at the caller.
 */
import type { OrderRow } from '../../messaging/protocol';
import type { SoundName } from '../../shared/sound';
import type { PlayedSounds } from './played-store';
import type { SoundPlayer } from './player';
import { soundFor } from './transitions';

export interface SoundAlertDeps {
  /** Whether the merchant wants sound (the saved setting). */
  soundOn: () => Promise<boolean>;
  played: Pick<PlayedSounds, 'claim'>;
  player: SoundPlayer;
  warn: (what: string, error: unknown) => void;
}

export class SoundAlerts {
  readonly #deps: SoundAlertDeps;

  constructor(deps: SoundAlertDeps) {
    this.#deps = deps;
  }

  /** Plays the transition's sound (or nothing); resolves with what it played. */
  async onTransition(before: OrderRow, after: OrderRow): Promise<SoundName | null> {
    try {
      const sound = soundFor(before, after);
      if (!sound || !(await this.#deps.soundOn())) return null;
      if (!(await this.#deps.played.claim(after.uuid, after.blockchain_status))) return null;
      await this.#deps.player.play(sound);
      return sound;
    } catch (error) {
      this.#deps.warn('sound', error);
      return null;
    }
  }
}

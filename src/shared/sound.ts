/**
 * The alert sounds and the one message that asks a page to play one: shared by the
 * worker (which decides), the offscreen document (Chromium) and the event page (Firefox),
 * which play. The files are made by scripts/sounds/make.ts.
 */
export const SOUND_NAMES = ['paid', 'alert'] as const;
/** `paid`: an order made here was paid. `alert`: one expired, was partly paid, disputed or charged back. */
export type SoundName = (typeof SOUND_NAMES)[number];

export const SOUND_FILES: Record<SoundName, string> = {
  paid: 'sounds/paid.wav',
  alert: 'sounds/alert.wav',
};

/** The worker → offscreen document request (its own type, so page messages never match it). */
export interface PlaySoundMessage {
  type: 'sound.play';
  sound: SoundName;
}

export function isPlaySoundMessage(message: unknown): message is PlaySoundMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'sound.play' && (SOUND_NAMES as readonly unknown[]).includes(m.sound);
}

/** What the page answers once playback started (or why it could not). */
export type PlaySoundReply = { played: SoundName } | { failed: string };

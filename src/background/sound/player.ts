/**
 * Where a sound is played, behind one interface: Chromium's service worker has no DOM and
 * plays through an offscreen document; Firefox's event page has one and plays itself.
 */
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import type { SoundName } from '../../shared/sound';
import { OFFSCREEN_PAGE, OffscreenPlayer } from './offscreen-player';
import { PagePlayer } from './page-player';

export interface SoundPlayer {
  /** Resolves once playback started; rejects when it could not. */
  play(sound: SoundName): Promise<void>;
}

/**
 * The two Chromium-only calls (Chromium 116+), typed here rather than through the `chrome`
 * global, so that Firefox's compatibility scan only ever sees them behind this check.
 */
interface ChromiumOffscreen {
  offscreen?: { createDocument(options: { url: string; reasons: ['AUDIO_PLAYBACK']; justification: string }): Promise<void> };
  runtime: { getContexts(filter: { contextTypes: ['OFFSCREEN_DOCUMENT']; documentUrls: string[] }): Promise<unknown[]> };
}

export function browserSoundPlayer(): SoundPlayer {
  const chromium = (globalThis as { chrome?: ChromiumOffscreen }).chrome;
  const offscreen = chromium?.offscreen;
  if (chromium && offscreen) {
    const url = browser.runtime.getURL(OFFSCREEN_PAGE);
    return new OffscreenPlayer({
      hasDocument: async () => (await chromium.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0,
      createDocument: () => offscreen.createDocument({ url, reasons: ['AUDIO_PLAYBACK'], justification: t('sound_offscreen_justification') }),
      send: (message) => browser.runtime.sendMessage(message),
    });
  }
  // An event page (Firefox) has a document; the lint rule against `document` guards the service worker.
  const page = (globalThis as { document?: Document }).document;
  if (page) return new PagePlayer(page, (path) => browser.runtime.getURL(path));
  return { play: async () => Promise.reject(new Error('This browser offers the background no way to play a sound.')) };
}

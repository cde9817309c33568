/**
 * The offscreen document (Chromium only): the worker has no DOM, so it asks this page to
 * play an alert sound and waits for the answer. Nothing here is ever shown.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isPlaySoundMessage, type PlaySoundReply } from '../shared/sound';
import { playInDocument } from '../shared/sound-element';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<PlaySoundReply> | undefined => {
  // Pages' requests to the worker reach this page too: it answers only its own, from this extension.
  if (!isPlaySoundMessage(message) || sender.id !== browser.runtime.id) return undefined;
  return playInDocument(document, message.sound, (path) => browser.runtime.getURL(path)).then(
    () => ({ played: message.sound }),
    (error: unknown) => ({ failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
});

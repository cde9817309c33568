/**
 * The offscreen document (Chromium only): the worker has no DOM, so it asks this page to
 * play an alert sound and waits for the answer. Nothing here is ever shown.
 */
import { isPlaySoundMessage, type PlaySoundReply } from '../shared/sound';
import { playInDocument } from '../shared/sound-element';

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: PlaySoundReply) => void) => {
  // Pages' requests to the worker reach this page too: it answers only its own, from this extension.
  if (!isPlaySoundMessage(message) || sender.id !== chrome.runtime.id) return false;
  playInDocument(document, message.sound, (path) => chrome.runtime.getURL(path)).then(
    () => sendResponse({ played: message.sound }),
    (error: unknown) => sendResponse({ failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
  return true;
});

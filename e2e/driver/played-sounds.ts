/**
 * Run inside an extension page (it is serialized there): the sounds the page at `path`
 * (Chromium's offscreen document, Firefox's event page) has played, read from its
 * <audio> elements' `played` ranges; null while that page does not exist.
 */
export function playedSoundsIn(path: string): string[] | null {
  const view = chrome.extension.getViews().find((v) => v.location.pathname === path);
  if (!view) return null;
  return [...view.document.querySelectorAll('audio')].filter((a) => a.played.length > 0).map((a) => a.dataset.sound ?? '?').sort();
}

/**
 * The English catalogue, bundled: the words of logs and "Copy details", which are
 * English whatever the UI language (`t()` answers only in the UI language). The same
 * sentence the English UI shows, from the same `messages.json`: never written twice.
 */
import englishCatalogue from '../../public/_locales/en/messages.json';
import { readCatalogue, translatorFor, type Translate } from './catalogue';
import type { LocalText } from './local-text';

export const english: Translate = translatorFor(readCatalogue(englishCatalogue));

/** A LocalText as the English catalogue words it. */
export function englishText(local: LocalText): string {
  return english(local.key, ...(local.params ?? []));
}

/** Reads the `_locales` catalogues and fills `$n` the way `i18n.getMessage` does. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const LOCALES_DIR = resolve(import.meta.dirname, '..', '..', 'public', '_locales');

export type Catalogue = Record<string, { message: string; description?: string }>;

export function languages(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

export function readCatalogue(language: string): Catalogue {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, language, 'messages.json'), 'utf8')) as Catalogue;
}

/** `$1`…`$9` replaced by the substitutions, `$$` by `$` (one implementation with the customer display's reader). */
import { substitute } from '../../src/shared/catalogue';

export { substitute };

/** The highest `$n` a message uses. */
export function placeholderCount(message: string): number {
  let highest = 0;
  for (const match of message.matchAll(/\$([1-9])/g)) highest = Math.max(highest, Number(match[1]));
  return highest;
}

/** `i18n.getMessage` and `getUILanguage` answering from a real catalogue, as a browser in that language does; for unit tests. */
export function fakeI18n(language: string, uiLocale = language): { getMessage(key: string, substitutions?: string | string[]): string; getUILanguage(): string } {
  const catalogue = readCatalogue(language);
  return {
    getMessage: (key, substitutions = []) => {
      const entry = catalogue[key];
      return entry ? substitute(entry.message, typeof substitutions === 'string' ? [substitutions] : substitutions) : '';
    },
    getUILanguage: () => uiLocale,
  };
}

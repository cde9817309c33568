/**
 * A `_locales/<lang>/messages.json` catalogue read by hand, for words in a language other
 * than the browser's: `i18n.getMessage` speaks only the UI language, while the customer
 * display speaks the customer's (chosen in the options). Same keys, same `$n` filling.
 */
import { t, type MessageKey, type MessageParams } from './i18n';

export type Catalogue = ReadonlyMap<string, string>;

/** The languages the extension ships a catalogue for. */
export const CATALOGUE_LANGUAGES = ['en', 'it'] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

/** `$1`…`$9` replaced by the substitutions, `$$` by `$`, as Chromium and Firefox do. */
export function substitute(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

/** The messages of a parsed messages.json; entries that are not `{ message: string }` are left out. */
export function readCatalogue(json: unknown): Catalogue {
  const messages = new Map<string, string>();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return messages;
  for (const [key, entry] of Object.entries(json as Record<string, unknown>)) {
    const message = (entry as { message?: unknown } | null)?.message;
    if (typeof message === 'string') messages.set(key, message);
  }
  return messages;
}

export type Translate = (key: MessageKey, ...params: MessageParams) => string;

/**
 * `t()` over `catalogue`; a key it lacks falls back to the UI language's `t()`, so a
 * missing word is shown in another language rather than as nothing.
 */
export function translatorFor(catalogue: Catalogue | null): Translate {
  if (!catalogue) return t;
  return (key, ...params) => {
    const message = catalogue.get(key);
    return message === undefined ? t(key, ...params) : substitute(message, params.map(String));
  };
}

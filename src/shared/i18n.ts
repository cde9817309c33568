/**
 * The UI's words, through the browser's own i18n (`_locales/<lang>/messages.json`).
 * Every page, the worker and notifications go through `t()`; keys are typed from the
 * English catalogue, so a key missing there fails the typecheck.
 */
import type englishCatalogue from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof englishCatalogue;

/** Up to nine substitutions, `$1`…`$9` in the catalogue's message. */
export type MessageParams = readonly (string | number)[];

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function api(): I18nApi | undefined {
  const scope = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/** The catalogue's text for `key` in the UI language, `$n` filled from `params`. */
export function t(key: MessageKey, ...params: MessageParams): string {
  const text = api()?.getMessage(key, params.map(String));
  // A key the catalogue lacks shows as itself rather than as a blank: visible, never silent.
  return text || key;
}

type PluralFamily = {
  [K in MessageKey]: K extends `${infer Base}_other` ? Base : never;
}[MessageKey];

// Built once per locale: building Intl objects resolves the locale each time (see format.ts),
// and counts are redrawn on every keystroke of Search.
const counters = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

/**
 * A counted phrase: `<family>_one`, `<family>_other` (and `_many`… where the language has
 * them) picked by `Intl.PluralRules` for `count` in the UI language. `count` is `$1`.
 */
export function plural(family: PluralFamily, count: number, ...params: MessageParams): string {
  const locale = uiLocale();
  let counter = counters.get(locale);
  if (!counter) {
    counter = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    counters.set(locale, counter);
  }
  const formatted = counter.numbers.format(count);
  const exact = api()?.getMessage(`${family}_${counter.rules.select(count)}`, [formatted, ...params.map(String)]);
  return exact || t(`${family}_other` as MessageKey, formatted, ...params);
}

/**
 * The UI language as a BCP 47 tag ("it", "en-GB"); also the locale every Intl formatter
 * uses. It is the language of the catalogue in use (its `locale_tag`), with the browser's
 * region when the browser speaks that same language, so numbers never switch language
 * beside the words.
 */
export function uiLocale(): string {
  const i18n = api();
  const catalogueLanguage = i18n?.getMessage('locale_tag') || 'en';
  const browserLocale = i18n?.getUILanguage() ?? '';
  return browserLocale.split('-')[0] === catalogueLanguage ? browserLocale : catalogueLanguage;
}

/** The primary language subtag ("it" for "it-IT"), as `<html lang>` wants it. */
export function uiLanguage(): string {
  return uiLocale().split('-')[0] ?? 'en';
}

/** Sets `<html lang>` and the document's title from the catalogue. */
export function localizeDocument(titleKey?: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  if (titleKey) document.title = t(titleKey);
}

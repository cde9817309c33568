/**
 * The customer's language (setting `customerLanguage`): 'auto' is the UI language; an
 * explicit other one reads that catalogue by hand (i18n.getMessage speaks only the
 * browser's): see load-speech.ts.
 */
import type { CustomerLanguage } from '../messaging/protocol';
import type { Translate } from '../shared/catalogue';
import { t } from '../shared/i18n';

export interface Speech {
  /** For `<html lang>`: "it". */
  language: string;
  /** For Intl: the browser's own locale when it speaks that language ("en-GB"), else the language. */
  locale: string;
  say: Translate;
}

export interface LanguageChoice {
  language: string;
  locale: string;
  /** The catalogue to read by hand, or null when the UI's own i18n already speaks it. */
  catalogue: string | null;
}

/** What `choice` means with the UI in `uiLocale` ("it-IT"; the catalogue's language, region from the browser). */
export function chooseLanguage(choice: CustomerLanguage, uiLocale: string): LanguageChoice {
  const uiLanguage = uiLocale.split('-')[0] || 'en';
  if (choice === 'auto' || choice === uiLanguage) return { language: uiLanguage, locale: uiLocale, catalogue: null };
  return { language: choice, locale: choice, catalogue: choice };
}

/** The UI's own words: what is shown before (or without) the customer's catalogue. */
export function uiSpeech(uiLocale: string): Speech {
  return { language: uiLocale.split('-')[0] || 'en', locale: uiLocale, say: t };
}


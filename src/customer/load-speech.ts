/** Reads the customer's catalogue from the extension's own `_locales` folder. */
import browser from 'webextension-polyfill';
import type { CustomerLanguage } from '../messaging/protocol';
import { readCatalogue, translatorFor, type Catalogue } from '../shared/catalogue';
import { t } from '../shared/i18n';
import { chooseLanguage, uiSpeech, type Speech } from './language';

async function fetchCatalogue(language: string): Promise<Catalogue | null> {
  try {
    const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`));
    return response.ok ? readCatalogue(await response.json()) : null;
  } catch {
    return null; // Shown in the UI language rather than not at all.
  }
}

/** The customer's words, number and date formats for `choice`. */
export async function loadSpeech(choice: CustomerLanguage, uiLocale: string): Promise<Speech> {
  const chosen = chooseLanguage(choice, uiLocale);
  if (!chosen.catalogue) return { language: chosen.language, locale: chosen.locale, say: t };
  const catalogue = await fetchCatalogue(chosen.catalogue);
  if (!catalogue) return uiSpeech(uiLocale);
  return { language: chosen.language, locale: chosen.locale, say: translatorFor(catalogue) };
}

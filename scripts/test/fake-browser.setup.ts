/**
 * Vitest setup: `chrome.i18n` answers from the English catalogue. @wxt-dev/storage reaches the browser through `@wxt-dev/browser`; in
 * unit tests that is an in-memory fake browser (real storage semantics, incl.
 * `storage.session`), emptied before every test.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';
import { readCatalogue, substitute } from '../i18n/catalogue';

vi.mock('@wxt-dev/browser', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
});

// `chrome.i18n` over the real English catalogue, so unit tests see the words a user sees.
const english = readCatalogue('en');
vi.stubGlobal('chrome', {
  ...(globalThis as { chrome?: object }).chrome,
  i18n: {
    getMessage: (key: string, substitutions?: string | string[]) =>
      english[key] ? substitute(english[key].message, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? [])) : '',
    getUILanguage: () => 'en',
  },
});

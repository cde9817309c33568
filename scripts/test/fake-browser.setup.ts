/**
 * Vitest setup: `chrome.i18n` answers from the English catalogue. @wxt-dev/storage reaches the browser through `@wxt-dev/browser`; in
 * unit tests that is an in-memory fake browser (real storage semantics, incl.
 * `storage.session`), emptied before every test. IndexedDB is fake-indexeddb (the settings
 * store seals the secret under a device key kept there).
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';
import { fakeI18n } from '../i18n/catalogue';

vi.mock('@wxt-dev/browser', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
});

// `chrome.i18n` over the real English catalogue, so unit tests see the words a user sees.
vi.stubGlobal('chrome', { ...(globalThis as { chrome?: object }).chrome, i18n: fakeI18n('en') });

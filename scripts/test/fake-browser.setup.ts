/**
 * Vitest setup: @wxt-dev/storage reaches the browser through `@wxt-dev/browser`; in
 * unit tests that is an in-memory fake browser (real storage semantics, incl.
 * `storage.session`), emptied before every test.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';

vi.mock('@wxt-dev/browser', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
});

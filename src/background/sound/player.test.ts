import { afterEach, describe, expect, it, vi } from 'vitest';
import { OffscreenPlayer } from './offscreen-player';
import { PagePlayer } from './page-player';
import { browserSoundPlayer } from './player';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (path: string) => `ext://id/${path}`, sendMessage: async () => undefined } } }));

describe('browserSoundPlayer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('Chromium (an offscreen API): plays through the offscreen document', () => {
    vi.stubGlobal('chrome', { ...(globalThis as { chrome?: object }).chrome, offscreen: { createDocument: async () => undefined }, runtime: { getContexts: async () => [] } });
    expect(browserSoundPlayer()).toBeInstanceOf(OffscreenPlayer);
  });

  it('Firefox (no offscreen API, an event page with a document): plays in the page', () => {
    vi.stubGlobal('document', {});
    expect(browserSoundPlayer()).toBeInstanceOf(PagePlayer);
  });

  it('neither: every play fails with a reason (logged by the caller), nothing crashes', async () => {
    await expect(browserSoundPlayer().play('paid')).rejects.toThrow('no way to play');
  });
});

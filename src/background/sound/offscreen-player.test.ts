import { describe, expect, it } from 'vitest';
import type { PlaySoundMessage } from '../../shared/sound';
import { OffscreenPlayer, type OffscreenApis } from './offscreen-player';

/** A fake Chromium: one offscreen document at most, which answers play requests while open. */
function fakeChromium(options: { answer?: (m: PlaySoundMessage) => unknown } = {}) {
  const state = { open: false, created: 0, sent: [] as string[], closeAfterCheck: false };
  const apis: OffscreenApis = {
    hasDocument: async () => {
      const open = state.open;
      if (state.closeAfterCheck) {
        state.open = false;
        state.closeAfterCheck = false;
      }
      return open;
    },
    createDocument: async () => {
      await Promise.resolve();
      if (state.open) throw new Error('Only a single offscreen document may be created.');
      state.open = true;
      state.created++;
    },
    send: async (message) => {
      if (!state.open) throw new Error('Could not establish connection. Receiving end does not exist.');
      state.sent.push(message.sound);
      return options.answer ? options.answer(message) : { played: message.sound };
    },
  };
  return { apis, state };
}

describe('OffscreenPlayer', () => {
  it('makes the document on the first sound only and reuses it', async () => {
    const { apis, state } = fakeChromium();
    const player = new OffscreenPlayer(apis);
    await Promise.all([player.play('paid'), player.play('alert')]);
    await player.play('paid');
    expect(state.created).toBe(1);
    expect(state.sent.sort()).toEqual(['alert', 'paid', 'paid']);
  });

  it('uses a document made meanwhile by someone else', async () => {
    const { apis, state } = fakeChromium();
    const player = new OffscreenPlayer({ ...apis, createDocument: async () => ((state.open = true), Promise.reject(new Error('Only a single offscreen document may be created.'))) });
    await player.play('paid');
    expect(state.sent).toEqual(['paid']);
  });

  it('makes it again when Chromium closed it between the check and the message', async () => {
    const { apis, state } = fakeChromium();
    const player = new OffscreenPlayer(apis);
    await player.play('paid');
    state.closeAfterCheck = true;
    await player.play('alert');
    expect(state.created).toBe(2);
    expect(state.sent).toEqual(['paid', 'alert']);
  });

  it('fails when the document could not play or did not answer', async () => {
    await expect(new OffscreenPlayer(fakeChromium({ answer: () => ({ failed: 'NotAllowedError: no' }) }).apis).play('paid')).rejects.toThrow('NotAllowedError');
    await expect(new OffscreenPlayer(fakeChromium({ answer: () => undefined }).apis).play('paid')).rejects.toThrow('no answer');
    const { apis } = fakeChromium();
    await expect(new OffscreenPlayer({ ...apis, createDocument: () => Promise.reject(new Error('denied')) }).play('paid')).rejects.toThrow('denied');
  });
});

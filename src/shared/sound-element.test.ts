import { describe, expect, it } from 'vitest';
import { playInDocument } from './sound-element';

/** Just enough of a DOM: elements that record their attributes and plays. */
function fakeDocument() {
  const elements: { dataset: Record<string, string>; src: string; volume: number; currentTime: number; preload: string; plays: number; play(): Promise<void> }[] = [];
  const doc = {
    querySelector: (selector: string) => elements.find((e) => selector === `audio[data-sound="${e.dataset.sound}"]`) ?? null,
    createElement: () => ({ dataset: {}, src: '', volume: 1, currentTime: 0, preload: '', plays: 0, play() { this.plays++; return Promise.resolve(); } }),
    body: { append: (e: (typeof elements)[number]) => elements.push(e) },
  };
  return { doc: doc as unknown as Document, elements };
}

describe('playInDocument', () => {
  it('plays each sound from its own file through one element, rewound each time, below full volume', async () => {
    const { doc, elements } = fakeDocument();
    const url = (path: string) => `ext://id/${path}`;
    await playInDocument(doc, 'paid', url);
    elements[0]!.currentTime = 0.4;
    await playInDocument(doc, 'paid', url);
    await playInDocument(doc, 'alert', url);
    expect(elements.map((e) => [e.dataset.sound, e.src, e.plays, e.currentTime])).toEqual([
      ['paid', 'ext://id/sounds/paid.wav', 2, 0],
      ['alert', 'ext://id/sounds/alert.wav', 1, 0],
    ]);
    expect(elements.every((e) => e.volume < 1)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { firefoxManifest, manifestFor } from './manifest';

describe('the manifests', () => {
  it('Chromium gets the offscreen permission (sounds play in an offscreen document)', () => {
    expect(manifestFor('chrome').permissions).toContain('offscreen');
  });

  it('Firefox, which plays sounds in its event page, gets no offscreen permission but every other one', () => {
    const chromium = manifestFor('chrome').permissions;
    expect(firefoxManifest().permissions).toEqual(chromium.filter((p) => p !== 'offscreen'));
  });
});

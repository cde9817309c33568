import { describe, expect, it } from 'vitest';
import { firefoxManifest, manifestFor, storeManifest, UNPACKED_CHROMIUM_ID } from './manifest';

describe('the manifests', () => {
  it('Chromium gets the offscreen permission (sounds play in an offscreen document)', () => {
    expect(manifestFor('chrome').permissions).toContain('offscreen');
  });

  it('Firefox, which plays sounds in its event page, gets no offscreen permission but every other one', () => {
    const chromium = manifestFor('chrome').permissions;
    expect(firefoxManifest().permissions).toEqual(chromium.filter((p) => p !== 'offscreen'));
  });
});

describe('the extension id', () => {
  it('the unpacked Chromium build has a fixed id: the one its key gives', async () => {
    const { createHash } = await import('node:crypto');
    const key = (manifestFor('chrome') as { key?: string }).key ?? '';
    const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('')).toBe(UNPACKED_CHROMIUM_ID);
  });

  it('the store upload and Firefox carry no key; Firefox keeps its gecko id and drops the Chromium-only managed schema', () => {
    expect(storeManifest(manifestFor('chrome'))).not.toHaveProperty('key');
    expect(storeManifest(manifestFor('chrome'))).toHaveProperty('storage.managed_schema', 'managed-schema.json');
    const firefox = JSON.parse(JSON.stringify(firefoxManifest())) as Record<string, unknown>;
    expect(firefox).not.toHaveProperty('key');
    expect(firefox).not.toHaveProperty('storage');
    expect(firefox).toHaveProperty(['browser_specific_settings', 'gecko', 'id'], 'webpos-counter@webpos-counter.dev');
  });
});

/** The store texts in store/: present in every listing language, within the stores' limits, and the privacy statement matches the manifest. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firefoxManifest, manifestFor } from '../manifest';

const store = resolve(import.meta.dirname, '..', '..', 'store');
const languages = readdirSync(join(store, 'listing')).sort();
const read = (...path: string[]) => readFileSync(join(store, ...path), 'utf8').trim();

describe('store listing and privacy statement', () => {
  it('has an English and an Italian listing with the same files', () => {
    expect(languages).toEqual(['en', 'it']);
    for (const language of languages) expect(readdirSync(join(store, 'listing', language)).sort()).toEqual(['description.txt', 'summary.txt']);
  });

  // Chrome Web Store: summary ≤ 132 characters; AMO: summary ≤ 250, description ≥ 1 sentence.
  it.each(languages)('%s: the summary fits the Chrome Web Store limit and the description says what it does', (language) => {
    const summary = read('listing', language, 'summary.txt');
    expect(summary.length).toBeGreaterThan(40);
    expect(summary.length).toBeLessThanOrEqual(132);
    expect(summary).not.toContain('\n');
    const description = read('listing', language, 'description.txt');
    expect(description.length).toBeGreaterThan(400);
    expect(description).toContain('WebPOS');
  });

  it('the privacy statement names every data category the Firefox manifest declares, every host and every permission of both browsers', () => {
    const manifest = firefoxManifest();
    const declared = manifest.browser_specific_settings.gecko.data_collection_permissions.required;
    expect(declared.length).toBeGreaterThan(0);
    const privacy = read('PRIVACY.md');
    for (const category of declared) expect(privacy).toContain(`\`${category}\``);
    for (const host of manifest.host_permissions) expect(privacy).toContain(new URL(host.replace('/*', '/')).hostname);
    for (const permission of new Set([...manifest.permissions, ...manifestFor('chrome').permissions])) expect(privacy).toContain(`\`${permission}\``);
  });
});

import { describe, expect, it } from 'vitest';
import { readSettingsSnapshot, sameAsSnapshot, saveSettingsSnapshot } from './settings-snapshot';
import { memoryStore } from './memory-store.test-util';
import { publicSettings } from './public-settings.test-util';

const settings = publicSettings();

describe('settings snapshot', () => {
  it('round-trips what pages may see, without the secret’s last characters', () => {
    const store = memoryStore();
    saveSettingsSnapshot(store, settings);
    expect(readSettingsSnapshot(store)).toEqual({ ...settings, secretFingerprint: null });
    expect([...store.map.values()].join()).not.toContain('Zq9x');
  });

  it('ignores a missing, garbled or foreign snapshot', () => {
    const store = memoryStore();
    expect(readSettingsSnapshot(store)).toBeNull();
    store.setItem('webpos-counter.settings', '{not json');
    expect(readSettingsSnapshot(store)).toBeNull();
    store.setItem('webpos-counter.settings', JSON.stringify({ ...settings, mode: 'staging' }));
    expect(readSettingsSnapshot(store)).toBeNull();
  });

  it('tells an unchanged answer from a changed one, whatever the secret’s last characters', () => {
    const store = memoryStore();
    saveSettingsSnapshot(store, settings);
    const snapshot = readSettingsSnapshot(store);
    if (!snapshot) throw new Error('no snapshot');
    expect(sameAsSnapshot(snapshot, settings)).toBe(true);
    expect(sameAsSnapshot(snapshot, { ...settings, secretFingerprint: "0badc0de" })).toBe(true);
    expect(sameAsSnapshot(snapshot, { ...settings, clientId: 'other-merchant' })).toBe(false);
    expect(sameAsSnapshot(snapshot, { ...settings, mode: 'live' })).toBe(false);
    expect(sameAsSnapshot(snapshot, { ...settings, notifications: false })).toBe(false);
  });
});

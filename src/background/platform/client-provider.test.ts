import { describe, expect, it } from 'vitest';
import { optionalPermissionFor } from '../../shared/hosts';
import { MemoryCache } from '../../sdk';
import { assertHostAllowed, ClientProvider } from './client-provider';
import { DEFAULT_SETTINGS, type StoredSettings } from '../settings/settings';
import { SettingsStore } from '../settings/settings-store';
import { seeded, storageForTest } from './storage.test-util';

describe('host permissions', () => {
  it('asks only for hosts outside every build’s manifest (the WebPOS hosts); loopback without its port', () => {
    expect(optionalPermissionFor('')).toBeNull();
    expect(optionalPermissionFor('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
    expect(optionalPermissionFor('http://localhost:3000/api')).toBe('http://localhost/*');
    expect(optionalPermissionFor('https://api.webpos.chainside.net')).toBeNull();
    expect(optionalPermissionFor('https://api.sandbox.webpos.chainside.net/')).toBeNull();
    expect(optionalPermissionFor('https://proxy.example.com/webpos')).toBe('https://proxy.example.com/*');
    expect(optionalPermissionFor('http://192.168.1.5:8787')).toBe('http://192.168.1.5:8787/*');
    expect(optionalPermissionFor('https://127.0.0.1:8443')).toBe('https://127.0.0.1:8443/*');
  });

  it('refuses a custom host the browser has not granted, naming it', async () => {
    const settings = { ...DEFAULT_SETTINGS, baseUrl: 'https://proxy.example.com' };
    await expect(assertHostAllowed(settings, async () => false)).rejects.toMatchObject({
      code: 'permission_denied',
      message: expect.stringContaining('proxy.example.com'),
    });
    await expect(assertHostAllowed(settings, async () => true)).resolves.toBeUndefined();
    // A store package not (or no longer) granted the local sandbox refuses it, by name, not fetched.
    const asked: string[] = [];
    await expect(assertHostAllowed({ ...DEFAULT_SETTINGS, baseUrl: 'http://127.0.0.1:8787' }, async (pattern) => (asked.push(pattern), false))).rejects.toMatchObject({
      code: 'permission_denied',
      message: expect.stringContaining('127.0.0.1:8787'),
    });
    expect(asked).toEqual(['http://127.0.0.1/*']);
  });
});

describe('the client of the saved settings', () => {
  const saved: StoredSettings = { ...DEFAULT_SETTINGS, clientId: 'm', secret: 's3', baseUrl: 'http://127.0.0.1:8787', secretFor: 'sandbox|http://127.0.0.1:8787' };
  const provider = (stored: StoredSettings) =>
    new ClientProvider(new SettingsStore(seeded(storageForTest().items.settings, stored)), new MemoryCache(), async () => true);

  it('is built for a secret bound to the saved mode and origin', async () => {
    await expect(provider(saved).get()).resolves.toBeDefined();
  });

  it('is refused when storage pairs the secret with another origin or mode', async () => {
    await expect(provider({ ...saved, baseUrl: 'http://127.0.0.1:9999' }).get()).rejects.toMatchObject({ code: 'not_configured' });
    await expect(provider({ ...saved, mode: 'live' }).get()).rejects.toMatchObject({ code: 'not_configured' });
  });
});

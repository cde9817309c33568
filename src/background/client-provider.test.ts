import { describe, expect, it } from 'vitest';
import { optionalPermissionFor } from '../shared/hosts';
import { assertHostAllowed } from './client-provider';
import { DEFAULT_SETTINGS } from './settings';

describe('host permissions', () => {
  it('asks only for hosts outside the manifest (WebPOS hosts and http loopback)', () => {
    expect(optionalPermissionFor('')).toBeNull();
    expect(optionalPermissionFor('http://127.0.0.1:8787')).toBeNull();
    expect(optionalPermissionFor('http://localhost:3000/api')).toBeNull();
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
    let asked = false;
    await assertHostAllowed({ ...DEFAULT_SETTINGS, baseUrl: 'http://127.0.0.1:8787' }, async () => ((asked = true), false));
    expect(asked).toBe(false);
  });
});

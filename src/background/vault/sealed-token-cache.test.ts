import { createStore, entries, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { Client } from '../../sdk';
import { DeviceSealer } from './device-sealer';
import { IdbCache } from '../platform/idb-cache';
import { SealedCache } from './sealed-token-cache';

let n = 0;
const fresh = () => {
  const store = createStore(`test-sealed-tokens-${++n}`, 'kv');
  const sealer = new DeviceSealer(createStore(`test-sealed-tokens-key-${n}`, 'kv'));
  return { store, sealer, cache: () => new SealedCache(new IdbCache({ store }), sealer) };
};

describe('the sealed token cache', () => {
  it('keeps the token for a restarted worker, and never in the clear', async () => {
    const { store, cache } = fresh();
    await cache().set('webpos:token:k', { accessToken: 'the-access-token', expiresAt: 99 }, 3600);
    expect(await cache().get('webpos:token:k')).toEqual({ accessToken: 'the-access-token', expiresAt: 99 });
    expect(JSON.stringify(await entries(store))).not.toContain('the-access-token');
    await cache().delete('webpos:token:k');
    expect(await cache().get('webpos:token:k')).toBeUndefined();
  });

  it('does not open a token under another cache key (moved by editing storage)', async () => {
    const { store, cache } = fresh();
    await cache().set('account-a', 'token-a');
    const [first] = await entries<IDBValidKey, unknown>(store);
    await set('account-b', first?.[1], store);
    expect(await cache().get('account-b')).toBeUndefined();
    expect((await entries(store)).map(([key]) => key)).toEqual(['account-a']);
  });

  it('deletes, unread, every token an older release kept in the clear', async () => {
    const { store, cache } = fresh();
    await new IdbCache({ store }).set('legacy-a', { accessToken: 'plain-a', expiresAt: 1 }, 3600);
    await new IdbCache({ store }).set('legacy-b', { accessToken: 'plain-b', expiresAt: 1 }, 3600);
    await cache().set('fresh', 'sealed-token');
    expect((await entries(store)).map(([key]) => key)).toEqual(['fresh']);
    expect(await cache().get('legacy-a')).toBeUndefined();
  });

  it('serves the SDK: a second client reuses the sealed token (one login)', async () => {
    const { cache } = fresh();
    let logins = 0;
    const fetchFn = async (url: string | URL) => {
      if (url.toString().endsWith('/token')) {
        logins += 1;
        return Response.json({ access_token: `token-${logins}`, token_type: 'Bearer', expires_in: 3600, scope: '*' });
      }
      return Response.json({ paymentorders: [], total_items: 0, total_pages: 0 });
    };
    const config = { mode: 'sandbox' as const, clientId: 'm', secret: 's', baseUrl: 'http://127.0.0.1:1', fetch: fetchFn };
    await new Client({ ...config, cache: cache() }).getPaymentOrders();
    await new Client({ ...config, cache: cache() }).getPaymentOrders();
    expect(logins).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { uncachedFetch } from './uncached-fetch';

describe('uncachedFetch', () => {
  it('asks the browser to bypass its HTTP cache, keeping everything else of the request', async () => {
    const seen: RequestInit[] = [];
    const fetchFn = uncachedFetch(async (_input, init) => (seen.push(init ?? {}), new Response('{}')));
    await fetchFn('https://api.example/payment-order/u-1', { method: 'GET', headers: { Authorization: 'Bearer t' } });
    expect(seen).toEqual([{ method: 'GET', headers: { Authorization: 'Bearer t' }, cache: 'no-store' }]);
  });
});

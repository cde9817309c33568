import { describe, expect, it } from 'vitest';
import { text } from '../shared/local-text';
import { createRouter, type Handlers } from './router';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const ownPage = { id: EXT_ID, url: `${ORIGIN}src/popup/index.html` };

function router(handlers: Partial<Handlers>) {
  return createRouter(handlers as Handlers, {
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    toWireError: (error) => ({ code: 'mapped', message: error instanceof Error ? `mapped: ${error.message}` : 'mapped', text: text('error_internal') }),
  });
}

describe('router', () => {
  it('answers a known message from an own page with the handler’s data', async () => {
    const route = router({ ping: async () => ({ version: '1.2.3', now: 5 }) });
    expect(await route({ type: 'ping', payload: null }, ownPage)).toEqual({ ok: true, data: { version: '1.2.3', now: 5 } });
  });

  it('refuses an unknown type with an error, never undefined', async () => {
    const route = router({ ping: async () => ({ version: '1', now: 1 }) });
    expect(await route({ type: 'no.such', payload: null }, ownPage)).toMatchObject({ ok: false, error: { code: 'unknown_type' } });
    // Inherited properties are not handlers either.
    expect(await route({ type: 'toString', payload: null }, ownPage)).toMatchObject({ ok: false, error: { code: 'unknown_type' } });
  });

  it('refuses messages that are not envelopes', async () => {
    const route = router({});
    for (const message of [null, 'ping', 42, { type: 'ping' }, { type: 7, payload: null }]) {
      expect(await route(message, ownPage)).toMatchObject({ ok: false, error: { code: 'bad_message' } });
    }
  });

  it('refuses foreign senders: other extensions, content scripts, web pages, no sender', async () => {
    let called = 0;
    const route = router({ ping: async () => ((called += 1), { version: '1', now: 1 }) });
    const foreign = [
      { id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/page.html' },
      { id: EXT_ID, url: 'https://shop.example/checkout', tab: { id: 3 } }, // our content script on a web page
      { url: 'https://evil.example/' },
      { id: EXT_ID },
      {},
      { id: EXT_ID, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnoX/x.html' },
    ];
    for (const sender of foreign) {
      expect(await route({ type: 'ping', payload: null }, sender)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(called).toBe(0);
  });

  it('maps a thrown error to plain error data through toWireError', async () => {
    const route = router({
      'order.get': async () => {
        throw new Error('boom');
      },
    });
    expect(await route({ type: 'order.get', payload: { uuid: 'x', refresh: true } }, ownPage)).toEqual({
      ok: false,
      error: { code: 'mapped', message: 'mapped: boom', text: { key: 'error_internal' } },
    });
  });

  it('passes the payload to the handler', async () => {
    const route = router({ 'orders.cached': async (payload) => ({ filter: payload.filter, orders: [], fetchedAt: null, hasMore: false, totalItems: null, offlineSince: null, partial: false }) });
    expect(await route({ type: 'orders.cached', payload: { filter: 'paid' } }, ownPage)).toMatchObject({ ok: true, data: { filter: 'paid' } });
  });
});

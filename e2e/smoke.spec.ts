import { expect, POPUP, test } from './fixtures';

test('the service worker starts and answers a typed message from the popup', async ({ openPage, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await openPage(POPUP);
  const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', payload: null }));
  expect(reply).toMatchObject({ ok: true, data: { version: '0.1.0' } });
  expect(typeof (reply as { data: { now: number } }).data.now).toBe('number');
});

test('the background refuses unknown message types with an error, not silence', async ({ openPage }) => {
  const popup = await openPage(POPUP);
  const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'no.such.type', payload: null }));
  expect(reply).toMatchObject({ ok: false, error: { code: 'unknown_type' } });
});

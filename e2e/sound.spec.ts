import { OPTIONS, POPUP, expect, test } from './fixtures';
import { admin, sandboxOrders } from './popup-helpers';

test('explore', async ({ configure, openPage, sandbox, serviceWorker, context }) => {
  await configure({ pollIntervalSeconds: 5 });
  const popup = await openPage(POPUP);
  await popup.getByLabel('Amount').fill('4.20');
  await popup.getByRole('button', { name: 'Create order' }).click();
  await expect(popup.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await popup.close();
  const [order] = await sandboxOrders(sandbox);
  await admin(sandbox, `/orders/${order?.uuid}/step`, { to: 'paid' });
  await expect.poll(() => serviceWorker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] }).then((c) => c.map((x) => x.documentUrl))), { timeout: 30_000 }).toHaveLength(1);
  const page = await openPage(OPTIONS);
  console.log('pages', context.pages().map((p) => p.url()), context.backgroundPages().map((p) => p.url()));
  const views = await page.evaluate(() => chrome.extension.getViews().map((v) => ({ url: v.location.href, audio: [...v.document.querySelectorAll('audio')].map((a) => ({ s: a.dataset.sound, played: a.played.length, t: a.currentTime, paused: a.paused, err: a.error?.message })) })));
  console.log(JSON.stringify(views));
  console.log(JSON.stringify(await serviceWorker.evaluate(() => chrome.storage.local.get(null))));
});

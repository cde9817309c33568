/** The journeys shared with Chromium (e2e/journeys.ts), here in Firefox ESR. */
import { expect } from '@playwright/test';
import { sandboxSettings } from '../../scripts/sandbox-settings';
import { customerDisplayFollows } from '../customer-journey';
import { journeys, paymentPushed, tokenSurvivesRestart } from '../journeys';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIDE_PANEL } from '../fixtures';
import { apiRequests } from '../popup-helpers';
import { FIREFOX_EXTENSION_DIR, test } from './fixtures';

test('the built Firefox manifest opens the counter in the sidebar, by its own shortcut too', () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.sidebar_action).toMatchObject({ default_panel: SIDE_PANEL });
  expect(manifest.commands).toMatchObject({ _execute_action: { suggested_key: { default: 'Alt+Shift+P' } }, _execute_sidebar_action: {} });
  expect(manifest.side_panel).toBeUndefined();
});

for (const journey of journeys.filter((j) => j !== tokenSurvivesRestart)) {
  test(journey.name, async ({ driver, sandbox }) => journey.run(driver, sandbox));
}

test.describe('with a 2 s idle timeout, so Firefox suspends the event page during the test', () => {
  test.use({ backgroundIdleSeconds: 2 });
  test(tokenSurvivesRestart.name, async ({ driver, sandbox }) => tokenSurvivesRestart.run(driver, sandbox));
  test(paymentPushed.name, async ({ driver, sandbox }) => paymentPushed.run(driver, sandbox));
  test(customerDisplayFollows.name, async ({ driver, sandbox }) => customerDisplayFollows.run(driver, sandbox));
});

test('with no page showing it, a young pending order is still read after the event page’s 30 s idle timeout', async ({ driver, sandbox }) => {
  test.setTimeout(120_000);
  const saved = await driver.send('settings.save', sandboxSettings(sandbox, { pollIntervalSeconds: 3600 }));
  expect(saved.ok).toBe(true);
  const created = await driver.send('order.create', { order: { amount: '2.50' }, attemptId: 'firefox-young-1' });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const uuid = created.data.order.uuid;
  const reads = async () => (await apiRequests(sandbox)).filter((r) => r.method === 'GET' && r.path === `/payment-order/${uuid}`).length;
  // No page shows the order and the poll alarm is an hour away: only the worker's watch reads it,
  // and only if the event page outlived Firefox's idle timeout (30 s after the last message).
  await new Promise((resolve) => setTimeout(resolve, 38_000));
  const before = await reads();
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  expect(await reads()).toBeGreaterThanOrEqual(before + 2);
});

import AxeBuilder from '@axe-core/playwright';
import { OPTIONS, POPUP, expect, test } from './fixtures';
import { sandboxOrders } from './popup-helpers';
import { tagsOf } from '../src/messaging/order-tags';
import { UNPACKED_CHROMIUM_ID } from '../scripts/manifest';
import { withChromiumPolicy, writeChromiumPolicy } from './policy/chromium-policy';
import type { Sandbox } from '../sandbox/server';

const shopPolicy = (sandbox: Sandbox) => ({ mode: 'sandbox', baseUrl: sandbox.url, clientId: sandbox.clientId, tillName: 'Cassa 7', lockSettings: true });

test.describe('a policy for the extension in Chromium', () => {
  let policy: Record<string, unknown> = {};
  test.use({
    beforeLaunch: async ({ sandbox }, use) => {
      await withChromiumPolicy(UNPACKED_CHROMIUM_ID, { ...shopPolicy(sandbox), ...policy }, () => use());
    },
  });

  test('the options page shows the managed values read-only; with only the secret entered a sale is made', async ({ extensionId, openPage, sandbox }, testInfo) => {
    expect(extensionId).toBe(UNPACKED_CHROMIUM_ID); // the manifest's key fixes it
    const page = await openPage(OPTIONS, { width: 900, height: 1000 });
    await expect(page.getByRole('heading', { name: 'Managed by your organisation' })).toBeVisible();
    await expect(page.getByText('only the secret can be entered here')).toBeVisible();
    await expect(page.getByLabel('Client ID')).toHaveValue(sandbox.clientId);
    await expect(page.getByLabel('Client ID')).not.toBeEditable();
    await expect(page.getByLabel('API base URL')).toHaveValue(sandbox.url);
    await expect(page.getByLabel('API base URL')).not.toBeEditable();
    await expect(page.getByRole('radio', { name: 'Sandbox (test)' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Sandbox (test)' })).toBeDisabled();
    await expect(page.getByRole('checkbox', { name: 'Notifications' })).toBeDisabled(); // locked, though not managed
    // Every card, those added with the till and the items too: nothing editable that the worker would ignore.
    await expect(page.getByLabel('Till name', { exact: true })).toHaveValue('Cassa 7');
    await expect(page.getByLabel('Till name', { exact: true })).not.toBeEditable();
    await expect(page.getByLabel('Shop name')).not.toBeEditable();
    await expect(page.getByLabel('Cashiers', { exact: true })).not.toBeEditable();
    await expect(page.getByLabel('On-screen keypad')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Add item' })).toHaveCount(0);
    await expect(page.getByText('Set by your organisation').first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('options-managed.png'), fullPage: true });

    await page.getByLabel('Secret').fill(sandbox.secret);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();

    const popup = await openPage(POPUP);
    await popup.getByLabel('Amount').fill('7,25');
    await popup.keyboard.press('Enter');
    await expect(popup.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
    const orders = await sandboxOrders(sandbox);
    expect(orders.map((o) => o.amount)).toEqual(['7.25']);
    expect(tagsOf(orders[0]?.details as string | undefined).till).toBe('Cassa 7');
  });

  test('with the settings locked, the manager PIN is neither offered nor accepted at the till', async ({ openPage, sendMessage }) => {
    const page = await openPage(OPTIONS, { width: 900, height: 1000 });
    await expect(page.getByText('the manager PIN cannot be set, changed or removed here')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Set PIN' })).toHaveCount(0);
    const refused = await sendMessage('role.setPin', { pin: '2468' });
    expect(refused.ok ? 'set' : refused.error.message).toBe(
      'Your organisation has locked the settings on this till: the manager PIN cannot be set, changed or removed here.',
    );
    const role = await sendMessage('role.get', null);
    expect(role.ok && role.data.pinSet).toBe(false);
  });

  test('a value removed from the policy while the browser runs returns the till’s own', async ({ openPage, sandbox, sendMessage }) => {
    test.setTimeout(90_000);
    const page = await openPage(OPTIONS, { width: 900, height: 1000 });
    await expect(page.getByLabel('Client ID')).not.toBeEditable();
    const inForce = async () => {
      const settings = await sendMessage('settings.get', null);
      return settings.ok ? settings.data.clientId : null;
    };
    expect(await inForce()).toBe(sandbox.clientId);
    // Chromium watches its policy folder and tells the extension (storage.onChanged, area 'managed').
    writeChromiumPolicy(UNPACKED_CHROMIUM_ID, { mode: 'sandbox', baseUrl: sandbox.url });
    await expect.poll(inForce, { timeout: 60_000, intervals: [1000] }).toBe('');
    await page.reload();
    await expect(page.getByLabel('Client ID')).toBeEditable();
    await expect(page.getByLabel('Client ID')).toHaveValue('');
  });

  test.describe('with one malformed value', () => {
    test.beforeAll(() => {
      policy = { customerLanguage: 'fr' };
    });
    test.afterAll(() => {
      policy = {};
    });

    test('the rest still applies and the options page names the bad key and why', async ({ openPage, sandbox, sendMessage }, testInfo) => {
      const page = await openPage(OPTIONS, { width: 900, height: 1000 });
      const alert = page.getByRole('alert').filter({ hasText: 'Policy values ignored' });
      await expect(alert).toContainText('“customerLanguage”: Choose one of the languages offered.');
      await expect(page.getByLabel('Client ID')).toHaveValue(sandbox.clientId);
      await expect(page.getByLabel('Client ID')).not.toBeEditable();
      await page.screenshot({ path: testInfo.outputPath('options-malformed.png'), fullPage: true });
      const settings = await sendMessage('settings.get', null);
      expect(settings.ok && [settings.data.clientId, settings.data.effectiveBaseUrl, settings.data.customerLanguage]).toEqual([sandbox.clientId, sandbox.url, 'auto']);
    });
  });
});

test.describe('a policy for the extension in Chromium, in Italian and dark', () => {
  test.use({
    uiLocale: 'it-IT',
    colorScheme: 'dark',
    beforeLaunch: async ({ sandbox }, use) => {
      await withChromiumPolicy(UNPACKED_CHROMIUM_ID, { ...shopPolicy(sandbox), customerLanguage: 'fr' }, () => use());
    },
  });

  test('the options page says in Italian what the organisation set, what it ignored and that the PIN is fixed', async ({ openPage }, testInfo) => {
    const page = await openPage(OPTIONS, { width: 900, height: 1000 });
    await expect(page.getByRole('heading', { name: 'Gestito dalla tua organizzazione' })).toBeVisible();
    await expect(page.getByText('qui si può inserire solo il secret')).toBeVisible();
    await expect(page.getByText('il PIN del responsabile non si può impostare, cambiare né rimuovere qui')).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: 'Valori della policy ignorati' });
    await expect(alert).toContainText('«customerLanguage»');
    await expect(alert).not.toContainText('Choose one of the languages');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('options-managed-it-dark.png'), fullPage: true });
  });
});

/**
 * The options page, found by element ids and form structure rather than by words, so the
 * same steps run in every language.
 */
import type { Page } from '@playwright/test';
import { expect, OPTIONS } from '../fixtures';
import { OPTIONS_SIZE, type Walk } from './walk';

const saveButton = (page: Page) => page.locator('form.options-form button[type="submit"]').first();
const testButton = (page: Page) => page.locator('form.options-form .actions button[type="button"]').first();

/** Before any settings: the empty form, then Save pressed with nothing filled in. */
export async function unconfiguredOptions(walk: Walk): Promise<void> {
  const page = await walk.openPage(OPTIONS, OPTIONS_SIZE);
  await expect(page.locator('#clientId')).toBeVisible();
  await walk.shot(page, 'options-empty');
  await saveButton(page).click();
  await expect(page.locator('#clientId-error')).toBeVisible();
  await expect(page.locator('#secret-error')).toBeVisible();
  await walk.shot(page, 'options-field-errors');
  await page.close();
}

/** Configured for the sandbox: the saved form, then the report of Test connection. */
export async function configuredOptions(walk: Walk): Promise<void> {
  const page = await walk.openPage(OPTIONS, OPTIONS_SIZE);
  await expect(page.locator('#clientId')).toHaveValue(walk.sandbox.clientId);
  await walk.shot(page, 'options-configured');
  await testButton(page).click();
  await expect(page.locator('form.options-form [role="status"]')).toContainText(new URL(walk.sandbox.url).host);
  await walk.shot(page, 'options-tested');
  await page.close();
}

/** The options page as the role or vault leaves it (cashier: read-only; locked). */
export async function optionsAsTheyAre(walk: Walk, screen: string): Promise<void> {
  const page = await walk.openPage(OPTIONS, OPTIONS_SIZE);
  await expect(page.locator('#clientId')).toHaveValue(walk.sandbox.clientId);
  await walk.shot(page, screen);
  await page.close();
}

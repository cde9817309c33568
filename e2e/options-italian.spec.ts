import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { signatureVector } from '../test-vectors/signatures';
import { expect, OPTIONS, PANEL, test } from './fixtures';

test.use({ uiLocale: 'it-IT' });

const catalogue = (language: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'public', '_locales', language, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/**
 * Pieces of this page's English sentences that Italian says differently: the text between
 * placeholders, when long enough to be a phrase rather than a shared word ("Client ID").
 */
function englishPhrases(prefixes: readonly string[]): string[] {
  const english = catalogue('en');
  const italian = catalogue('it');
  return Object.entries(english)
    .filter(([key, { message }]) => prefixes.some((prefix) => key.startsWith(prefix)) && message !== italian[key]?.message)
    .flatMap(([, { message }]) => message.split(/\$\d/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 14);
}

async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
}

async function expectNoEnglish(page: Page, prefixes: readonly string[]) {
  const shown = await page.locator('body').innerText();
  const labels = await page.locator('[aria-label], [title], [placeholder]').evaluateAll((elements) =>
    elements.flatMap((el) => ['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? '')),
  );
  const everything = [shown, ...labels].join('\n');
  expect(englishPhrases(prefixes).filter((phrase) => everything.includes(phrase))).toEqual([]);
}

test('the options page in Italian: save the settings and test the connection', async ({ openPage, sandbox }, testInfo) => {
  const page = await openPage(OPTIONS, { width: 900, height: 1400 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page).toHaveTitle('Impostazioni di WebPOS Counter');
  await expect(page.getByRole('heading', { name: 'Impostazioni di WebPOS Counter' })).toBeVisible();

  await page.getByLabel('Sandbox (prova)').check();
  await page.getByLabel('Client ID').fill(sandbox.clientId);
  await page.getByLabel('Secret (chiave segreta)').fill(sandbox.secret);
  await page.getByLabel('Indirizzo API').fill(sandbox.url);
  await page.getByLabel('Attesa massima di una richiesta (secondi)').fill('5');
  await page.getByLabel('Intervallo di aggiornamento (secondi)').fill('30');
  await expect(page.getByText('Da 1 a 120.')).toBeVisible();
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('status')).toHaveText('Impostazioni salvate.');
  await expect(page.getByText(/Un secret è già salvato \(impronta [0-9a-f]{8}\)/)).toBeVisible();

  await page.getByRole('button', { name: 'Prova connessione' }).click();
  await expect(page.getByRole('status')).toHaveText(`Connesso alla Sandbox WebPOS su ${new URL(sandbox.url).host}.`);

  // The manager card speaks Italian too, and a PIN typed twice differently is said so in Italian.
  await page.getByLabel('PIN del responsabile', { exact: true }).fill('2468');
  await page.getByLabel('Conferma PIN del responsabile').fill('1357');
  await page.getByRole('button', { name: 'Imposta PIN' }).click();
  await expect(page.getByText('I due PIN sono diversi. Inserisci lo stesso PIN due volte.')).toBeVisible();

  await expectNoEnglish(page, ['options_', 'common_']);
  await expectNoAxeViolations(page, 'options in Italian, with an error shown');
  await page.screenshot({ path: testInfo.outputPath('options-it.png'), fullPage: true });
  // Italian runs ~20 % longer: the narrowest layout must not overflow sideways.
  await page.setViewportSize({ width: 420, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
  await page.screenshot({ path: testInfo.outputPath('options-it-narrow.png'), fullPage: true });
});

test('the panel in Italian: verify a signature from the test vectors, then read the sandbox events', async ({ openPage, configure, sendMessage }, testInfo) => {
  await configure();
  const page = await openPage(PANEL, { width: 1400, height: 1000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page).toHaveTitle('Verifica dei webhook WebPOS');

  const verifyCard = page.getByRole('region', { name: 'Verifica un callback' });
  const verdict = page.getByRole('status').and(page.locator('.verdict'));
  const valid = signatureVector('compact completed');
  await verifyCard.getByLabel('Corpo del webhook').fill(valid.body);
  await verifyCard.getByLabel('Firma', { exact: true }).fill(valid.signature);
  await verifyCard.getByLabel('Secret (facoltativo)').fill(valid.secret);
  await verifyCard.getByRole('button', { name: 'Verifica' }).click();
  await expect(verdict.getByRole('heading', { level: 3 })).toHaveText('Firma valida');
  await expect(verdict).toContainText('con il secret incollato (non quello salvato): è un callback payment.completed autentico.');
  await expect(page.getByRole('region', { name: 'Callback letto' })).toContainText('payment.completed');

  const altered = signatureVector('body altered after signing');
  await verifyCard.getByLabel('Corpo del webhook').fill(altered.body);
  await verifyCard.getByLabel('Firma', { exact: true }).fill(altered.signature);
  await verifyCard.getByLabel('Secret (facoltativo)').fill(altered.secret);
  await verifyCard.getByRole('button', { name: 'Verifica' }).click();
  await expect(verdict.getByRole('heading', { level: 3 })).toHaveText('Firma non valida');
  await expect(verdict).toContainText('La firma non corrisponde a questo corpo con il secret incollato.');

  // The SDK's explanation of a mismatch, in Italian.
  const newline = signatureVector('trailing newline added');
  await verifyCard.getByLabel('Corpo del webhook').fill(newline.body);
  await verifyCard.getByLabel('Firma', { exact: true }).fill(newline.signature);
  await verifyCard.getByLabel('Secret (facoltativo)').fill(newline.secret);
  await verifyCard.getByRole('button', { name: 'Verifica' }).click();
  const diagnosis = verdict.locator('article.diagnosis');
  await expect(diagnosis.getByRole('heading', { name: 'Cosa è successo' })).toBeVisible();
  await expect(diagnosis).toContainText('Dopo la firma è stato aggiunto un a capo alla fine del corpo.');
  await expect(diagnosis.getByRole('heading', { name: 'Cosa cambiare' })).toBeVisible();
  await expect(diagnosis).toContainText('non aggiungere un a capo');
  await expect(page.getByRole('list', { name: 'Verifiche recenti' }).getByRole('listitem')).toHaveCount(3);

  await expectNoEnglish(page, ['panel_', 'common_']);
  await expectNoAxeViolations(page, 'panel in Italian, invalid verdict');
  await page.screenshot({ path: testInfo.outputPath('panel-it.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Eventi' }).click();
  const events = page.getByRole('tabpanel', { name: 'Eventi' });
  await expect(events.getByRole('heading', { name: 'Consegne della sandbox' })).toBeVisible();
  await expect(events.getByText('Ancora nessuna consegna.', { exact: false })).toBeVisible();

  // A paid order whose callback address does not answer: a delivery with no answer, still signed right.
  const created = await sendMessage('order.create', { order: { amount: '4.20', callback_url: 'http://127.0.0.1:9/webhooks' }, attemptId: 'it-events' });
  if (!created.ok) throw new Error(JSON.stringify(created));
  expect(await sendMessage('order.simulate', { uuid: created.data.order.uuid, callback: 'payment.completed' })).toMatchObject({ ok: true });
  const row = events.getByRole('table').getByRole('row').filter({ hasText: 'payment.completed' }).first();
  await expect(row).toContainText('Valido');
  await expect(row).toContainText('Nessuna risposta');
  await expect(row).toContainText(/tentativo \d+/);
  await row.getByRole('button', { name: /^Apri la consegna payment\.completed delle \d{2}:\d{2}:\d{2}, tentativo \d+$/ }).click();
  const detail = events.getByRole('region', { name: /Consegna di payment\.completed/ });
  await expect(detail).toContainText('La firma corrisponde al corpo con il secret salvato: è un callback payment.completed autentico.');
  await expect(detail.getByLabel('Header della richiesta')).toContainText('chainside-signature: ');
  await expectNoEnglish(page, ['events_']);
  await expectNoAxeViolations(page, 'Events tab in Italian, a delivery open');
  await page.screenshot({ path: testInfo.outputPath('panel-events-it.png'), fullPage: true });
  await page.setViewportSize({ width: 700, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
  await page.screenshot({ path: testInfo.outputPath('panel-events-it-narrow.png'), fullPage: true });
});

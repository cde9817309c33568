/**
 * Store screenshots (1280×800, what both stores accept) taken from the real
 * extension in Chromium against the local sandbox. The popup is 380 px wide, so
 * its shots are framed on a plain background with a caption; the options page and
 * the devtools panel fill the frame themselves.
 */
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startSandbox } from '../../sandbox/server';
import { chromiumPath, extensionArgs } from '../chromium';
import { signatureVector } from '../../test-vectors/signatures';
import { sandboxSettings } from '../sandbox-settings';

export const SCREENSHOT_SIZE = { width: 1280, height: 800 };

const sign = (secret: string, body: string) =>
  createHmac('sha512', createHash('sha256').update(secret, 'utf8').digest()).update(body, 'utf8').digest('base64');

async function framed(context: BrowserContext, popup: Buffer, caption: string): Promise<Buffer> {
  const page = await context.newPage();
  await page.setViewportSize(SCREENSHOT_SIZE);
  await page.setContent(`<!doctype html><html><body style="margin:0;height:800px;display:flex;align-items:center;justify-content:center;gap:64px;background:#eef2f7;font:600 40px system-ui,sans-serif;color:#1f2937">
    <p style="max-width:520px;line-height:1.3">${caption}</p>
    <img alt="" src="data:image/png;base64,${popup.toString('base64')}" style="width:380px;box-shadow:0 12px 40px rgba(0,0,0,.25);border-radius:8px"></body></html>`);
  const shot = await page.screenshot();
  await page.close();
  return shot;
}

type Lang = 'en' | 'it';
export const SCREENSHOT_LANGUAGES: readonly Lang[] = ['en', 'it'];

/** The store captions, in each listing's language (store/ holds the other listing texts). */
const CAPTIONS: Record<Lang, Record<'order' | 'panel' | 'display' | 'orders', string>> = {
  en: {
    order: 'Type the amount, press Enter: the customer scans the QR code.',
    panel: 'Keep the counter open in the side panel while you work in other tabs.',
    display: 'A second screen shows the customer what to pay, and when it is paid.',
    orders: 'Every order at a glance: filter by status, search by reference or amount.',
  },
  it: {
    order: 'Scrivi l’importo, premi Invio: il cliente inquadra il codice QR.',
    panel: 'Tieni la cassa aperta nel pannello laterale mentre lavori in altre schede.',
    display: 'Un secondo schermo mostra al cliente quanto pagare, e quando è pagato.',
    orders: 'Tutti gli ordini a colpo d’occhio: filtra per stato, cerca per riferimento o importo.',
  },
};

/** A catalogue message of the UI in `lang`, so the script finds the same labels a cashier reads. */
function word(lang: Lang, key: string): string {
  const catalogue = JSON.parse(readFileSync(resolve('public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const message = catalogue[key]?.message;
  if (!message) throw new Error(`screenshots: no ${key} in the ${lang} catalogue`);
  return message;
}

/**
 * Shots in English and in Italian (`1-en-order-qr.png`, `1-it-order-qr.png`, …). `extensionDir`
 * must reach the local sandbox over http, so it is a development build (see scripts/package.ts).
 */
export async function takeScreenshots(extensionDir: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const lang of SCREENSHOT_LANGUAGES) written.push(...(await screenshotsIn(lang, extensionDir, outDir)));
  return written;
}

async function screenshotsIn(lang: Lang, extensionDir: string, outDir: string): Promise<string[]> {
  const sandbox = await startSandbox({ port: 0, quiet: true });
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    locale: lang === 'it' ? 'it-IT' : 'en-US',
    args: [...extensionArgs(resolve(extensionDir)), `--lang=${lang}`],
  });
  const written: string[] = [];
  const save = (name: string, png: Buffer) => {
    const path = join(outDir, name.replace(/^(\d)-/, `$1-${lang}-`));
    writeFileSync(path, png);
    written.push(path);
  };
  const w = (key: string) => word(lang, key);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = (path: string) => `chrome-extension://${new URL(worker.url()).host}/${path}`;
    const open = async (path: string, size: { width: number; height: number }): Promise<Page> => {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(url(path));
      return page;
    };

    const popup = await open('src/popup/index.html', { width: 380, height: 600 });
    const saved = await popup.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings.save', payload: s }), sandboxSettings(sandbox));
    if (!(saved as { ok?: boolean }).ok) throw new Error(`could not configure the extension: ${JSON.stringify(saved)}`);
    await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seed: 12 }) });
    await popup.reload();
    await popup.getByLabel(w('create_amount'), { exact: true }).fill('12,50');
    await popup.getByLabel(w('create_reference'), { exact: true }).fill(lang === 'it' ? 'Tavolo 4' : 'Table 4');
    await popup.keyboard.press('Enter');
    await popup.getByRole('img', { name: w('order_qr_label') }).waitFor();
    save('1-order-qr.png', await framed(context, await popup.screenshot(), CAPTIONS[lang].order));

    const opened = context.waitForEvent('page');
    await popup.getByRole('button', { name: w('order_show_to_customer') }).click();
    const display = await opened;
    await display.setViewportSize(SCREENSHOT_SIZE);
    await display.getByRole('img').first().waitFor();
    save('2-customer-display.png', await captioned(context, await display.screenshot(), CAPTIONS[lang].display));
    await display.close();

    await popup.keyboard.press('Escape');
    await popup.getByRole('tab', { name: w('orders_title') }).click();
    await popup.getByText(w('common_updated').replace(' $1', '')).first().waitFor();
    save('3-orders.png', await framed(context, await popup.screenshot(), CAPTIONS[lang].orders));

    const sidePanel = await open('src/popup/sidepanel.html', { width: 360, height: 720 });
    await sidePanel.getByLabel(w('create_amount'), { exact: true }).waitFor();
    save('4-side-panel.png', await framed(context, await sidePanel.screenshot(), CAPTIONS[lang].panel));

    const options = await open('src/options/index.html', SCREENSHOT_SIZE);
    await options.getByRole('button', { name: w('options_test_connection') }).click();
    await options.getByRole('status').getByText(w('options_connected_sandbox').split(' $1')[0] ?? '').waitFor();
    save('5-settings.png', await options.screenshot());

    const panel = await open('src/devtools/panel.html', SCREENSHOT_SIZE);
    const body = signatureVector('compact completed').body;
    await panel.getByLabel(w('panel_verify_body_label')).fill(body);
    await panel.getByLabel(w('panel_verify_signature_label'), { exact: true }).fill(sign(sandbox.secret, body));
    await panel.getByRole('button', { name: w('panel_verify_button'), exact: true }).click();
    await panel.getByRole('heading', { level: 3 }).waitFor();
    save('6-callback-verifier.png', await panel.screenshot());
  } finally {
    await context.close();
    await sandbox.close();
  }
  return written;
}

/** A full-frame shot (the customer display) with its caption along the bottom. */
async function captioned(context: BrowserContext, shot: Buffer, caption: string): Promise<Buffer> {
  const page = await context.newPage();
  await page.setViewportSize(SCREENSHOT_SIZE);
  await page.setContent(`<!doctype html><html><body style="margin:0;height:800px;display:flex;flex-direction:column;background:#eef2f7;font:600 32px system-ui,sans-serif;color:#1f2937">
    <img alt="" src="data:image/png;base64,${shot.toString('base64')}" style="height:700px;object-fit:contain">
    <p style="margin:auto 48px;text-align:center">${caption}</p></body></html>`);
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

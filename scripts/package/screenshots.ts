/**
 * Store screenshots (1280×800, what both stores accept) taken from the real
 * extension in Chromium against the local sandbox. The popup is 380 px wide, so
 * its shots are framed on a plain background with a caption; the options page and
 * the devtools panel fill the frame themselves.
 */
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
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

export async function takeScreenshots(extensionDir: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const sandbox = await startSandbox({ port: 0, quiet: true });
  const context = await chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, args: extensionArgs(resolve(extensionDir)) });
  const written: string[] = [];
  const save = (name: string, png: Buffer) => {
    const path = join(outDir, name);
    writeFileSync(path, png);
    written.push(path);
  };
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
    await popup.getByLabel('Amount').fill('12,50');
    await popup.getByLabel('Reference').fill('Table 4');
    await popup.keyboard.press('Enter');
    await popup.getByRole('img', { name: 'Payment QR code' }).waitFor();
    save('1-order-qr.png', await framed(context, await popup.screenshot(), 'Type the amount, press Enter: the customer scans the QR code.'));

    await popup.keyboard.press('Escape');
    await popup.getByRole('tab', { name: 'Orders' }).click();
    await popup.getByText(/Updated/).waitFor();
    save('2-orders.png', await framed(context, await popup.screenshot(), 'Every order at a glance: filter by status, search by reference or amount.'));

    const options = await open('src/options/index.html', SCREENSHOT_SIZE);
    await options.getByRole('button', { name: 'Test connection' }).click();
    await options.getByRole('status').getByText(/Connected/).waitFor();
    save('3-settings.png', await options.screenshot());

    const panel = await open('src/devtools/panel.html', SCREENSHOT_SIZE);
    const body = signatureVector('compact completed').body;
    await panel.getByLabel('Webhook body').fill(body);
    await panel.getByLabel('Signature', { exact: true }).fill(sign(sandbox.secret, body));
    await panel.getByRole('button', { name: 'Verify', exact: true }).click();
    await panel.getByRole('heading', { level: 3 }).waitFor();
    save('4-callback-verifier.png', await panel.screenshot());
  } finally {
    await context.close();
    await sandbox.close();
  }
  return written;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

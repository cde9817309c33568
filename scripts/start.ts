/**
 * `npm start`: builds, starts the local sandbox with demo credentials and demo
 * orders, and opens Chromium with the extension loaded and already connected.
 * With no display (or `--headless`) it saves screenshots under artifacts/ and exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startSandbox } from '../sandbox/server';
import { chromiumPath, extensionArgs } from './chromium';
import { sandboxSettings } from './sandbox-settings';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const extensionDir = resolve('dist');
const artifactsDir = resolve('artifacts');

execFileSync('npx', ['tsx', 'scripts/build.ts', '--chrome-only'], { stdio: 'inherit' });

const sandbox = await startSandboxOnFreePort();
console.log(`Sandbox: ${sandbox.url}  client id ${sandbox.clientId}  secret ${sandbox.secret}`);

const context = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath(),
  headless,
  args: extensionArgs(extensionDir),
  viewport: headless ? { width: 380, height: 640 } : null,
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const pageUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;

const popup = await context.newPage();
await popup.goto(pageUrl('src/popup/index.html'));
const saved = await popup.evaluate(
  (settings) => chrome.runtime.sendMessage({ type: 'settings.save', payload: settings }),
  sandboxSettings(sandbox),
);
if (!(saved as { ok?: boolean }).ok) console.warn('Could not configure the extension:', JSON.stringify(saved));
await popup.reload();

if (headless) {
  mkdirSync(artifactsDir, { recursive: true });
  const shots = [
    await screenshot(popup, 'popup.png'),
    await screenshot(await open(context, 'src/options/index.html', { width: 900, height: 900 }), 'options.png'),
    await screenshot(await open(context, 'src/devtools/panel.html', { width: 1000, height: 900 }), 'panel.png'),
  ];
  console.log(`Screenshots:\n${shots.map((shot) => `  ${shot}`).join('\n')}`);
  await context.close();
  await sandbox.close();
  process.exit(0);
} else {
  await open(context, 'src/options/index.html');
  await popup.bringToFront();
  console.log(`Chromium is open with WebPOS Counter (${extensionId}) connected to ${sandbox.url}. Close the browser or press Ctrl+C to stop.`);
  const stop = async () => {
    await sandbox.close();
    process.exit(0);
  };
  context.on('close', () => void stop());
  process.on('SIGINT', () => void context.close().then(stop));
}

async function open(context: BrowserContext, path: string, size?: { width: number; height: number }): Promise<Page> {
  const page = await context.newPage();
  if (size) await page.setViewportSize(size);
  await page.goto(pageUrl(path));
  return page;
}

async function screenshot(page: Page, name: string): Promise<string> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(500);
  const path = resolve(artifactsDir, name);
  await page.screenshot({ path, fullPage: true });
  return path;
}

async function startSandboxOnFreePort() {
  try {
    return await startSandbox({ port: 8787, seed: 40 });
  } catch {
    return await startSandbox({ port: 0, seed: 40 });
  }
}

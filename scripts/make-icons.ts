/** Renders public/icons/icon-N.png from one SVG; run once when the icon changes. */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#f7931a"/>
  <rect x="26" y="30" width="76" height="52" rx="8" fill="#fff"/>
  <rect x="34" y="38" width="60" height="14" rx="3" fill="#1f2937"/>
  <rect x="18" y="86" width="92" height="16" rx="6" fill="#1f2937"/>
  <circle cx="42" cy="67" r="5" fill="#f7931a"/><circle cx="58" cy="67" r="5" fill="#f7931a"/>
  <circle cx="74" cy="67" r="5" fill="#f7931a"/><circle cx="90" cy="67" r="5" fill="#16a34a"/>
</svg>`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to public/icons/');

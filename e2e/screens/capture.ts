/**
 * One screen of the screens pass: a screenshot (in the test's output and in a stable folder
 * the lead looks at), axe, `<html lang>`, and in a translated pass no English catalogue text.
 */
import { appendFile, copyFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, type Page, type TestInfo } from '@playwright/test';
import { readCatalogue } from '../../scripts/i18n/catalogue';
import { describeLeaks, englishProbes, findEnglishLeaks, type Probe } from '../../scripts/i18n/english-leak';
import { englishSuspects } from '../../scripts/i18n/english-suspects';
import { expect } from '../fixtures';
import { closeOpenedDetails, openAllDetails, userVisibleText } from './page-text';

export interface Pass {
  /** The browser's UI language, e.g. 'it-IT'. */
  uiLocale: string;
  colorScheme: 'light' | 'dark';
}

/** Where every pass leaves its screenshots: test-results/screens/<lang>-<scheme>/<screen>.png. */
export const SCREENS_DIR = resolve(import.meta.dirname, '..', '..', 'test-results', 'screens');

export const language = (pass: Pass): string => pass.uiLocale.split('-')[0] ?? 'en';
export const passName = (pass: Pass): string => `${language(pass)}-${pass.colorScheme}`;

/**
 * Catalogue entries that are not prose: the language's own tag and names (shown in their own
 * language on purpose, e.g. "English" in the customer-language list).
 */
const NOT_PROSE = ['locale_tag', 'language_en', 'language_it'];

let probes: Probe[] | undefined;
function italianProbes(): Probe[] {
  probes ??= englishProbes(readCatalogue('en'), readCatalogue('it'), NOT_PROSE);
  return probes;
}

async function screenshot(page: Page, pass: Pass, screen: string, testInfo: TestInfo): Promise<void> {
  const own = testInfo.outputPath(`${screen}.png`);
  await page.screenshot({ path: own, fullPage: true, animations: 'disabled', caret: 'hide' });
  const dir = resolve(SCREENS_DIR, passName(pass));
  await mkdir(dir, { recursive: true });
  await copyFile(own, resolve(dir, `${screen}.png`));
}

/**
 * English-looking lines that are not catalogue text (words still written in the code): a hint
 * for a person to read, listed in test-results/screens/<pass>/english-suspects.txt, not a failure.
 */
async function noteSuspects(pass: Pass, screen: string, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return;
  const file = resolve(SCREENS_DIR, passName(pass), 'english-suspects.txt');
  await appendFile(file, lines.map((line) => `${screen}: ${line}\n`).join(''));
  console.log(`[${passName(pass)} ${screen}] ${lines.length} English-looking line(s) outside the catalogue (hint): ${file}`);
}

/**
 * Shoots the page as it is, then opens every closed <details> so that axe and the English
 * check see the folded parts too, and folds them back. Failures are soft: every screen of the
 * pass is visited and each problem is reported with the screen's name.
 */
export async function captureScreen(page: Page, pass: Pass, screen: string): Promise<void> {
  const testInfo = test.info();
  await test.step(`screen ${screen}`, async () => {
    await page.evaluate(() => document.fonts.ready);
    await screenshot(page, pass, screen, testInfo);
    await page.evaluate(openAllDetails);
    try {
      const where = `${passName(pass)} ${screen}`;
      expect.soft(await page.evaluate(() => document.documentElement.lang), `<html lang> on ${where}`).toBe(language(pass));
      const axe = await new AxeBuilder({ page }).analyze();
      const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect.soft(violations, `axe violations on ${where}`).toEqual([]);
      if (language(pass) === 'it') {
        const text = await page.evaluate(userVisibleText);
        const leaks = findEnglishLeaks(text, italianProbes());
        expect.soft(describeLeaks(leaks), `English catalogue text on ${where} (translate these keys' uses)`).toBe('');
        await noteSuspects(pass, screen, englishSuspects(text));
      }
    } finally {
      await page.evaluate(closeOpenedDetails);
    }
  });
}

import { defineConfig } from '@playwright/test';

/**
 * `npm run e2e:firefox`: the shared journeys in Debian's Firefox ESR, driven by
 * puppeteer-core over WebDriver BiDi and run by Playwright's test runner.
 */
export default defineConfig({
  testDir: './e2e/firefox',
  testMatch: '**/*.firefox.ts',
  outputDir: './test-results/firefox',
  globalSetup: './e2e/firefox/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
});

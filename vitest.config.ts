import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'sandbox/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['scripts/test/fake-browser.setup.ts'],
    // Inlined so that its import of `@wxt-dev/browser` gets the setup's fake browser.
    server: { deps: { inline: ['@wxt-dev/storage'] } },
    testTimeout: 15_000,
    coverage: {
      // `npm run coverage`: line coverage per folder (scripts/coverage-summary.ts reads the summary).
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}', 'sandbox/**/*.ts'],
      exclude: ['**/*.test.{ts,tsx}', '**/*.test-util.ts', 'sandbox/cli.ts'],
      reporter: ['json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});

/** The journeys shared with Firefox (e2e/journeys.ts), here in Chromium. */
import { test } from './fixtures';
import { journeys } from './journeys';

for (const journey of journeys) {
  test(journey.name, async ({ driver, sandbox }) => journey.run(driver, sandbox));
}

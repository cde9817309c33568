/** The journeys shared with Chromium (e2e/journeys.ts), here in Firefox ESR. */
import { customerDisplayFollows } from '../customer-journey';
import { journeys, paymentPushed, tokenSurvivesRestart } from '../journeys';
import { test } from './fixtures';

for (const journey of journeys.filter((j) => j !== tokenSurvivesRestart)) {
  test(journey.name, async ({ driver, sandbox }) => journey.run(driver, sandbox));
}

test.describe('with a 2 s idle timeout, so Firefox suspends the event page during the test', () => {
  test.use({ backgroundIdleSeconds: 2 });
  test(tokenSurvivesRestart.name, async ({ driver, sandbox }) => tokenSurvivesRestart.run(driver, sandbox));
  test(paymentPushed.name, async ({ driver, sandbox }) => paymentPushed.run(driver, sandbox));
  test(customerDisplayFollows.name, async ({ driver, sandbox }) => customerDisplayFollows.run(driver, sandbox));
});

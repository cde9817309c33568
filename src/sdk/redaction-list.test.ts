import { describe, expect, it } from 'vitest';
import { sendJson } from './fake-server.test-util';
import { BASIC, SECRET, useFakeWebpos } from './fake-webpos.test-util';
import { ORDER_UUID } from './fixtures.test-util';
import { REDACTED, SdkHttpError } from './index';

const fake = useFakeWebpos();
const { makeClient } = fake;

/** A server that echoes credentials back in an error body, as a misconfigured proxy might. */
function echoCredentials(tokens: readonly string[]): void {
  fake.api.ctl.route = (req, res) => {
    if (!req.path.endsWith('/callbacks')) return false;
    sendJson(res, 500, { error_code: '4000', request_id: 'req-echo', message: `secret=${SECRET} basic=${BASIC.slice(6)} tokens=${tokens.join(',')}` });
    return true;
  };
}

describe('the redaction list after many logins', () => {
  it('still hides the secret and the Basic credentials once the oldest tokens are dropped', async () => {
    const client = makeClient();
    // Each call expires the token, so each makes a new login: far more tokens than the list keeps.
    for (let i = 1; i <= 12; i++) {
      await client.getPaymentOrder(ORDER_UUID);
      fake.api.ctl.expired.add(`tok-${i}`);
    }
    expect(fake.api.ctl.logins).toBeGreaterThanOrEqual(12);
    const newest = `tok-${fake.api.ctl.logins}`;
    echoCredentials([newest]);
    const error = (await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e)) as SdkHttpError;
    expect(error).toBeInstanceOf(SdkHttpError);
    const shown = JSON.stringify(error.debugInfo) + error.message;
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain(BASIC.slice(6));
    expect(shown).not.toContain(newest);
    expect(shown).toContain(REDACTED);
  });
});

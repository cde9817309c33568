import { describe, expect, it } from 'vitest';
import { sendError } from './fake-server.test-util';
import { useFakeWebpos } from './fake-webpos.test-util';
import { ORDER_UUID } from './fixtures.test-util';
import { InvalidAccessTokenError, MemoryCache } from './index';

const fake = useFakeWebpos();
const { makeClient, apiRequests } = fake;

describe('a token the server no longer knows (1007)', () => {
  it('logs in again and repeats the request once, with the new token', async () => {
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    fake.api.ctl.valid.delete('tok-1'); // Revoked, or the sandbox restarted: the answer is 1007, not 1004.
    const answer = await client.getCallbacks(ORDER_UUID);
    expect(answer.callbacks.length).toBeGreaterThan(0);
    expect(fake.api.ctl.logins).toBe(2);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
  });

  it('drops the revoked token from the cache adapter, so a second client does not reuse it', async () => {
    const cache = new MemoryCache();
    const first = makeClient({ cache });
    await first.getCallbacks(ORDER_UUID);
    fake.api.ctl.valid.delete('tok-1');
    await first.getCallbacks(ORDER_UUID);
    const second = makeClient({ cache });
    await second.getCallbacks(ORDER_UUID);
    expect(fake.api.ctl.logins).toBe(2);
    expect(apiRequests().at(-1)?.headers.authorization).toBe('Bearer tok-2');
  });

  it('surfaces a second 1007 as InvalidAccessTokenError instead of looping', async () => {
    const client = makeClient();
    await client.getCallbacks(ORDER_UUID);
    fake.api.ctl.route = (_req, res) => {
      sendError(res, 401, '1007');
      return true;
    };
    const error = await client.getCallbacks(ORDER_UUID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidAccessTokenError);
    expect((error as InvalidAccessTokenError).errorCode).toBe('1007');
    expect(fake.api.ctl.logins).toBe(2);
    expect(apiRequests()).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { ConnectionError } from '../../sdk';
import { createApiRunner } from './api-runner';
import { HealthTracker } from './health';
import { FakeApi } from './test-fakes.test-util';

describe('createApiRunner', () => {
  it('runs the call with the current client and records health either way', async () => {
    const fake = new FakeApi();
    const health = new HealthTracker();
    const api = createApiRunner({ client: async () => fake.client, health });
    await expect(api((c) => c.getPaymentOrders({}))).resolves.toMatchObject({ total_items: 0 });
    expect(health.peek().state).toBe('ok');

    const drop = new ConnectionError('GET', 'http://127.0.0.1:1/', new TypeError('Failed to fetch'));
    await expect(api(async () => Promise.reject(drop))).rejects.toBe(drop);
    expect(health.peek().state).toBe('unreachable');
  });

  it('does not call the API, nor touch health, when there is no client', async () => {
    const health = new HealthTracker();
    let called = false;
    const api = createApiRunner({ client: async () => Promise.reject(new Error('not configured')), health });
    await expect(api(async () => (called = true))).rejects.toThrow('not configured');
    expect(called).toBe(false);
    expect(health.peek().state).toBe('unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { text } from '../../shared/local-text';
import { ConnectionError, SdkHttpError, TimeoutError, ValidationError } from '../../sdk';
import { HealthTracker, healthInItem, UNKNOWN_HEALTH, type HealthRecord } from './health';
import { storageForTest } from './storage.test-util';

const debugInfo = {
  request: { method: 'GET', url: 'http://x/', headers: {}, body: null, query: {} },
  response: { status: 401, headers: {}, body: '' },
};
const offline = () => new ConnectionError('GET', 'http://127.0.0.1:1/x', new TypeError('Failed to fetch'));

function tracker(stored?: HealthRecord) {
  let now = 1_000;
  const saved: HealthRecord[] = [];
  const changes: HealthRecord[] = [];
  const health = new HealthTracker({
    load: async () => stored,
    save: async (r) => void saved.push(r),
    onChange: (r) => changes.push(r),
    now: () => now,
  });
  return { health, saved, changes, advance: (ms: number) => (now += ms) };
}

describe('HealthTracker', () => {
  it('goes unreachable on a connection error, keeps the first "since", and back to ok on success', async () => {
    const { health, advance, saved } = tracker();
    expect(await health.get()).toEqual({ state: 'unknown', since: null, message: null });
    await health.failure(offline());
    expect(health.offlineSince()).toBe(1_000);
    advance(5_000);
    await health.failure(offline());
    expect(health.offlineSince()).toBe(1_000);
    expect(saved).toHaveLength(1); // The same state and message again is not written again.
    advance(5_000);
    await health.failure(new TimeoutError('GET', 'http://x/', 10));
    expect(health.peek().message).toEqual({ key: 'error_timeout', params: ['x', 10] });
    expect(health.offlineSince()).toBe(1_000); // Still the start of this outage.
    await health.success();
    expect(await health.get()).toEqual({ state: 'ok', since: 11_000, message: null });
    expect(health.offlineSince()).toBeNull();
  });

  it('a call unanswered for seconds means unreachable at once; an earlier, more telling failure keeps its words', async () => {
    const { health, advance, changes } = tracker();
    await health.success();
    advance(7_000);
    await health.noAnswer(7_000);
    expect(await health.get()).toEqual({ state: 'unreachable', since: 8_000, message: { key: 'health_no_answer', params: ['7'] } });
    await health.success(); // The slow answer came.
    expect(health.peek().state).toBe('ok');
    await health.failure(offline());
    const refused = health.peek();
    await health.noAnswer(7_000);
    expect(health.peek()).toEqual(refused);
    expect(changes.map((c) => c.state)).toEqual(['ok', 'unreachable', 'ok', 'unreachable']);
  });

  it('keeps only the state of a record saved with a plain English message by an older version', async () => {
    const { health } = tracker({ state: 'unauthorized', since: 7, message: 'The client ID was refused.' } as unknown as HealthRecord);
    expect(await health.get()).toEqual({ state: 'unauthorized', since: 7, message: null });
  });

  it('treats a timeout as unreachable and a refused credential as unauthorized', async () => {
    const { health } = tracker();
    await health.failure(new TimeoutError('GET', 'http://x/', 10));
    expect(health.peek().state).toBe('unreachable');
    await health.failure(new SdkHttpError({ status: 401, errorCode: '1001', requestId: 'r', debugInfo }));
    expect(health.peek()).toMatchObject({ state: 'unauthorized', since: 1_000 });
    expect(health.offlineSince()).toBeNull();
  });

  it('leaves the state alone for errors that say nothing about the API', async () => {
    const { health, changes } = tracker();
    await health.success();
    await health.failure(new ValidationError('order', [{ field: 'amount', rule: 'required', message: 'is required' }]));
    await health.failure(new Error('bug'));
    expect(health.peek().state).toBe('ok');
    expect(changes.map((c) => c.state)).toEqual(['ok']);
  });

  it('starts from the stored record, resets to unknown, and survives a failing store', async () => {
    const { health, saved } = tracker({ state: 'unreachable', since: 42, message: text('error_connection', 'x') });
    expect(await health.get()).toEqual({ state: 'unreachable', since: 42, message: { key: 'error_connection', params: ['x'] } });
    expect(health.offlineSince()).toBe(42);
    await health.reset();
    expect(await health.get()).toMatchObject({ state: 'unknown' });
    expect(saved.at(-1)).toMatchObject({ state: 'unknown' });

    const broken = new HealthTracker({ load: async () => Promise.reject(new Error('no')), save: async () => Promise.reject(new Error('full')) });
    await broken.failure(offline());
    expect((await broken.get()).state).toBe('unreachable');
  });
});

describe('healthInItem', () => {
  it('round-trips the record through session storage under one key, unknown by default', async () => {
    const storage = storageForTest();
    const store = healthInItem(storage.items.health);
    expect(await store.load()).toEqual(UNKNOWN_HEALTH);
    await store.save({ state: 'ok', since: 3, message: null });
    expect(await storage.raw('session', 'health')).toEqual({ state: 'ok', since: 3, message: null });
    expect(await healthInItem(storage.restart().health).load()).toEqual({ state: 'ok', since: 3, message: null });
  });
});
